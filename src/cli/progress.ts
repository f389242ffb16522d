import type { Progress as MonitorProgress } from "../app/monitor-types";
import type { Lang } from "../domain/finding";

/** A long run's progress: a fraction 0…1 and what is being done. */
export interface Progress {
  update(fraction: number, stage: string): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A bar on stderr (cli-progress draws and erases it), only when stderr is a terminal: piped
 * or redirected output gets no escape codes. Stopped, it erases itself so only the result stays.
 * The library is loaded only then, so a piped run does not pay its ~40 ms of start-up.
 */
export async function terminalProgress(stream: NodeJS.WriteStream, title: string): Promise<Progress> {
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    stream,
    format: `${title} {bar} {percentage}% {stage}`,
    barsize: 24,
    barCompleteChar: "\u2588",
    barIncompleteChar: "\u2591",
    hideCursor: true,
    clearOnComplete: true,
    stopOnComplete: false,
    fps: 10,
  });
  bar.start(100, 0, { stage: "" });
  let running = true;
  return {
    update(fraction, stage) {
      if (running) bar.update(Math.round(Math.max(0, Math.min(1, fraction)) * 100), { stage });
    },
    // Called before anything is printed to stdout and again on the way out: once is enough.
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

const STAGES: Record<Parameters<MonitorProgress>[0], { from: number; to: number; ru: string; en: string }> = {
  read: { from: 0, to: 0.45, ru: "чтение книги", en: "reading the workbook" },
  check: { from: 0.45, to: 0.7, ru: "проверка", en: "checking" },
  paint: { from: 0.7, to: 0.85, ru: "раскраска", en: "colouring" },
  write: { from: 0.85, to: 0.95, ru: "запись листов", en: "writing sheets" },
  done: { from: 0.95, to: 0.95, ru: "сохранение файла", en: "saving the file" },
};

/** The use case's steps as one bar: each step owns a slice of it. */
export function monitorProgress(progress: Progress, lang: Lang): MonitorProgress {
  return (step, fraction) => {
    const s = STAGES[step];
    progress.update(s.from + (s.to - s.from) * fraction, s[lang]);
  };
}
