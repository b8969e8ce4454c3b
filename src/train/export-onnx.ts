import onnxProto, { type onnx as Proto } from 'onnx-proto';
import type { LinearModel } from '../classifier/linear.ts';
import { FEATURE_BITS, FEATURE_DIM, MAX_FEATURES } from '../engine/features.ts';

// onnx-proto is CommonJS: its namespace arrives as the default export.
const { onnx } = onnxProto;

/**
 * Writes the classifier as an ONNX model. Each feature index owns one row of a [FEATURE_DIM + 1, 3]
 * table: its weight in the conversation head, its weight in the message-alone head, and its
 * presence (1 for a feature training did not know, 1001 for one it knew, 0 for the padding index).
 * One Gather reads all three for a batch:
 *   features int32 [batch, MAX_FEATURES] (padded with FEATURE_DIM)
 *   -> Gather(table) [batch, MAX_FEATURES, 3] -> ReduceSum(axis 1) [batch, 3]
 *   -> columns 0 and 1 + biases -> Sigmoid -> probability, alone float [batch]
 *   -> column 2 = 1000 * known + features (a message has at most MAX_FEATURES < 1000 features)
 *      -> known / features -> coverage float [batch]
 * Metadata carries the version and the training-data hash (`redflag --version` prints them).
 */
export function exportOnnx(model: LinearModel, metadata: Record<string, string>): Uint8Array {
  const { FLOAT, INT32, INT64 } = onnx.TensorProto.DataType;
  const INT = onnx.AttributeProto.AttributeType.INT;
  const node = (opType: string, input: string[], output: string[], attribute: Proto.IAttributeProto[] = []): Proto.INodeProto => ({
    opType,
    input,
    output,
    name: output[0],
    attribute,
  });
  const table = new Float32Array((FEATURE_DIM + 1) * 3);
  for (let i = 0; i <= FEATURE_DIM; i++) {
    table[i * 3] = model.weights[i]!;
    table[i * 3 + 1] = model.alone.weights[i]!;
    table[i * 3 + 2] = i === FEATURE_DIM ? 0 : 1 + 1000 * model.known[i]!;
  }
  const scalar = (name: string, value: number): Proto.ITensorProto => ({ name, dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(value)) });
  const int64s = (name: string, values: number[]): Proto.ITensorProto => ({ name, dataType: INT64, dims: [values.length], int64Data: values });
  const column = (name: string, k: number): Proto.INodeProto[] => [
    node('Slice', ['sums', `start_${k}`, `end_${k}`, 'axes'], [`${name}_column`]),
    node('Squeeze', [`${name}_column`, 'axes'], [name]),
  ];
  const graph: Proto.IGraphProto = {
    name: 'redflag_linear',
    input: [tensorType('features', INT32, ['batch', MAX_FEATURES])],
    output: [tensorType('probability', FLOAT, ['batch']), tensorType('alone', FLOAT, ['batch']), tensorType('coverage', FLOAT, ['batch'])],
    initializer: [
      { name: 'table', dataType: FLOAT, dims: [FEATURE_DIM + 1, 3], rawData: bytesOf(table) },
      scalar('bias', model.bias),
      scalar('alone_bias', model.alone.bias),
      scalar('one', 1),
      scalar('thousand', 1000),
      int64s('axes', [1]),
      ...[0, 1, 2].flatMap((k) => [int64s(`start_${k}`, [k]), int64s(`end_${k}`, [k + 1])]),
    ],
    node: [
      node('Gather', ['table', 'features'], ['gathered'], [{ name: 'axis', type: INT, i: 0 }]),
      node('ReduceSum', ['gathered', 'axes'], ['sums'], [{ name: 'keepdims', type: INT, i: 0 }]),
      ...column('summed', 0),
      ...column('alone_summed', 1),
      ...column('presence_sum', 2),
      node('Add', ['summed', 'bias'], ['logit']),
      node('Sigmoid', ['logit'], ['probability']),
      node('Add', ['alone_summed', 'alone_bias'], ['alone_logit']),
      node('Sigmoid', ['alone_logit'], ['alone']),
      node('Div', ['presence_sum', 'thousand'], ['known_scaled']),
      node('Floor', ['known_scaled'], ['known_count']),
      node('Mul', ['known_count', 'thousand'], ['known_thousands']),
      node('Sub', ['presence_sum', 'known_thousands'], ['feature_count']),
      node('Max', ['feature_count', 'one'], ['denominator']),
      node('Div', ['known_count', 'denominator'], ['coverage']),
    ],
  };
  const proto = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'redflag',
    producerVersion: metadata.version ?? '',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
    metadataProps: Object.entries({ ...metadata, feature_bits: String(FEATURE_BITS), max_features: String(MAX_FEATURES) }).map(([key, value]) => ({ key, value })),
  });
  return onnx.ModelProto.encode(proto).finish();
}

function tensorType(name: string, elemType: number, dims: Array<string | number>): Proto.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  };
}

function bytesOf(a: Float32Array): Uint8Array {
  return new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength));
}
