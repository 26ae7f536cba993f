// Imported first by the CLI entry, before any pattern runs. The CLI lives for one file or a few: V8's regexp
// tier-up would first interpret each pattern and then compile it a second time once hot, which for the story's
// large cue patterns cost ~0.4 s of a ~0.75 s run (measured on a 600-word postmortem). Compiling each pattern once,
// natively, halves a run; results are the same. Skipping irregexp's optimisation passes saves another ~60 ms of
// compiling per run (0.40 → 0.33 s): a per-file run compiles more pattern than it executes. Only the CLI's own
// process: the extension host is shared and long-lived, so its flags are left alone.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--no-regexp-optimization');
