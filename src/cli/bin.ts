/** Process entry point: wires the real streams to main() and exits with its status. */
import { main } from './main.js';

const code = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
process.exitCode = code;
