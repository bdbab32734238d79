import { describe, expect, it } from 'vitest';
import { type BlobLine, encodeBlobLine, encodeWithBlobs, resolveBlobs } from './content-addressing.ts';

const long = 'The quarterly figures rose in every region. '.repeat(6);
const event = () => ({
  schema: '1',
  type: 'model-call',
  workflowId: 'w1',
  call: {
    id: 'c1',
    input: [
      { role: 'system', content: 'short' },
      { role: 'user', content: long },
    ],
    output: 'done',
    toolCalls: [{ name: 'lookup', args: { q: 'q3', note: long } }],
    usage: { inputTokens: 3 },
  },
});

describe('encodeWithBlobs', () => {
  it('replaces long messages and strings by references, stores each body once, leaves the event as it was', () => {
    const blobs: BlobLine[] = [];
    const seen = new Set<string>();
    const input = event();
    const encoded = encodeWithBlobs(input, seen, (line) => blobs.push(line)) as ReturnType<typeof event>;
    expect(input).toEqual(event());
    expect(blobs.map((b) => b.value)).toEqual([{ role: 'user', content: long }, long]);
    expect(encoded.call.input[0]).toEqual({ role: 'system', content: 'short' });
    expect(encoded.call.input[1]).toEqual({ $blob: blobs[0]!.hash });
    expect(encoded.call.toolCalls[0]!.args).toEqual({ q: 'q3', note: { $blob: blobs[1]!.hash } });
    // Parts without a blob are not copied; parts with one are.
    expect(encoded.call.usage).toBe(input.call.usage);
    expect(encoded.call.input).not.toBe(input.call.input);

    const again = encodeWithBlobs(event(), seen, (line) => blobs.push(line));
    expect(blobs).toHaveLength(2);
    const parsed = JSON.parse(JSON.stringify(again)) as object;
    resolveBlobs(parsed, new Map(blobs.map((b) => [b.hash, b.value])));
    expect(parsed).toEqual(event());
  });

  it('hands back an event without a blob as it is, and keeps a long workflow id in the envelope', () => {
    const blobs: BlobLine[] = [];
    const short = { schema: '1', type: 'turn-end', workflowId: 'w1', output: 'done', metadata: { a: [1] } };
    expect(encodeWithBlobs(short, new Set(), (line) => blobs.push(line))).toBe(short);
    const id = 'w'.repeat(300);
    const encoded = encodeWithBlobs({ workflowId: id, output: long }, new Set(), (line) => blobs.push(line));
    expect(encoded.workflowId).toBe(id);
    expect(blobs.map((b) => b.value)).toEqual([long]);
  });
});

describe('encodeWithBlobs on messages that recur', () => {
  const encodeOnce = (message: object) => {
    const blobs: BlobLine[] = [];
    const encoded = encodeWithBlobs({ workflowId: 'w1', input: [message] }, new Set(), (line) =>
      blobs.push(line),
    ) as { input: { $blob: string }[] };
    return { reference: encoded.input[0]!.$blob, blobs };
  };

  it('references a frozen message by the hash of what it holds', () => {
    const message = Object.freeze({ role: 'user', content: long });
    const first = encodeOnce(message);
    expect(encodeOnce(message).reference).toBe(first.reference);
    expect(encodeOnce({ role: 'user', content: long }).reference).toBe(first.reference);
    expect(first.blobs[0]!.value).toBe(message);
  });

  it('writes the blob line of a frozen message as JSON.stringify would, from the JSON it hashed', () => {
    const message = Object.freeze({ role: 'user', content: `${long} "quoted" \u2028 é` });
    const { blobs } = encodeOnce(message);
    expect(encodeBlobLine(blobs[0]!)).toBe(JSON.stringify(blobs[0]));
    const plain = encodeOnce({ role: 'user', content: long }).blobs[0]!;
    expect(encodeBlobLine(plain)).toBe(JSON.stringify(plain));
  });

  it('hashes a message again when it changed, or when a frozen one holds an object that changed', () => {
    const message = { role: 'user', content: long };
    const before = encodeOnce(message).reference;
    message.content = `${long}!`;
    expect(encodeOnce(message).reference).not.toBe(before);

    const meta = { source: 'crm' };
    const shallow = Object.freeze({ role: 'user', content: long, meta });
    const first = encodeOnce(shallow).reference;
    meta.source = 'erp';
    const again = encodeOnce(shallow);
    expect(again.reference).not.toBe(first);
    expect(again.blobs[0]!.value).toEqual({ role: 'user', content: long, meta: { source: 'erp' } });
  });
});
