// A trailing debounce that arms one timer and re-arms it only when it fires early: typing calls
// `touch()` on every keystroke, which costs a clock read instead of a clearTimeout + setTimeout pair.

export class Debouncer {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = 0;

  constructor(private readonly delayMs: number, private readonly run: () => void) {}

  /** Runs `run` once `delayMs` have passed since the last touch. */
  touch(): void {
    this.#last = Date.now();
    this.#timer ??= setTimeout(this.#check, this.delayMs);
  }

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  /** Runs now if something is pending. */
  flush(): void {
    if (this.#timer === undefined) return;
    this.cancel();
    this.run();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  readonly #check = (): void => {
    const wait = this.#last + this.delayMs - Date.now();
    if (wait > 0) {
      this.#timer = setTimeout(this.#check, wait);
      return;
    }
    this.#timer = undefined;
    this.run();
  };
}
