// Progress on stderr: a bar (cli-progress) on a terminal, a plain line every few seconds otherwise.
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  /** `total` may grow (a queue being filled); null when unknown. */
  update(done: number, total: number | null, note?: string): void;
  stop(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { stream, format: `${label} [{bar}] {value}/{total} {note}`, hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, note = '') {
        if (!started) (bar.start(total ?? done, done, { note }), (started = true));
        if (total !== null) bar.setTotal(total);
        else if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { note });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let last = 0;
  let latest = '';
  const line = (done: number, total: number | null, note: string) => `news-lens: ${label} ${done}${total !== null ? `/${total}` : ''}${note ? ` ${note}` : ''}\n`;
  return {
    update(done, total, note = '') {
      latest = line(done, total, note);
      const now = Date.now();
      if (now - last >= 2000) {
        last = now;
        stream.write(latest);
        latest = '';
      }
    },
    stop() {
      if (latest) stream.write(latest);
    },
  };
}
