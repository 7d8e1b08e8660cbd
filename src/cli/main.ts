#!/usr/bin/env node
import { runCli } from './run.js';

/** The `losskit` executable: runs the CLI and hands its text and exit code to the process. */
const { stdout, stderr, code } = await runCli(process.argv.slice(2), {
  progress: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
});

// `losskit list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(code);
  throw error;
});
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
