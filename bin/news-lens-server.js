#!/usr/bin/env node
// The News Lens language server. Pass --stdio or --node-ipc to choose the transport.
require('../dist/server.js');
