import { describe, expect, it } from 'vitest';
import { codeOf, isExecutorMessage, programError, splitConsoleNoise } from './program-output.ts';

describe('program output', () => {
  it('tells program output and an executor notice from an agent speaking', () => {
    expect(isExecutorMessage('exitcode: 0 (execution succeeded)\nCode output: 4')).toBe(true);
    expect(isExecutorMessage('There is no code in the last message for me to execute.')).toBe(true);
    expect(isExecutorMessage('The exit code was fine, the answer is 4.')).toBe(false);
  });

  it('reads a failed run from its exit code, traceback or error line', () => {
    expect(programError('exitcode: 0 (execution succeeded)\nCode output: 4\n')).toBeUndefined();
    expect(
      programError(
        'exitcode: 1 (execution failed)\nCode output: Traceback (most recent call last):\n  File "x.py", line 5\nNameError: name \'f\' is not defined\n',
      ),
    ).toEqual({ name: 'NameError', message: "name 'f' is not defined", source: 'tool' });
    expect(programError('exitcode: 124 (execution failed)\nCode output: \nTimeout')).toMatchObject({
      name: 'exit code 124',
      message: 'Timeout',
    });
    expect(
      programError("exitcode: 0\nCode output: [Errno 2] No such file or directory: 'a.pdf'"),
    ).toMatchObject({
      name: '[Errno 2]',
    });
  });

  it('keeps console noise glued to a message apart from the words, but not code', () => {
    const text = [
      '2024-12-19 16:24:17.136123: I tensorflow/core/util/port.cc:153] oneDNN custom operations are on.',
      'WARNING: something deprecated',
      'The answer is 4.',
      '```python',
      'print("WARNING: kept, it is code")',
      '```',
      'Traceback (most recent call last):',
      '  File "a.py", line 1',
      'ValueError: bad',
      'Done.',
    ].join('\n');
    const { words, noise } = splitConsoleNoise(text);
    expect(words).toBe('The answer is 4.\n```python\nprint("WARNING: kept, it is code")\n```\nDone.');
    expect(noise).toHaveLength(5);
  });

  it('extracts the fenced code of a message', () => {
    expect(codeOf('run:\n```python\nprint(1)\n```\nand\n```sh\nls\n```')).toBe('print(1)\n\nls');
  });
});
