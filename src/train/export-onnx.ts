import onnxProto, { type onnx as Proto } from 'onnx-proto';
import type { LinearModel } from '../classifier/linear.ts';
import { FEATURE_BITS, FEATURE_DIM, MAX_FEATURES } from '../engine/features.ts';

// onnx-proto is CommonJS: its namespace arrives as the default export.
const { onnx } = onnxProto;

/**
 * Writes the linear classifier as an ONNX model:
 *   features int32 [batch, MAX_FEATURES] (padded with the zero-weight index FEATURE_DIM)
 *   -> Gather(weights) -> ReduceSum(axis 1) -> Add(bias) -> Sigmoid -> probability float [batch]
 *   -> Gather(alone weights) -> ... -> Sigmoid                     -> alone float [batch]
 *   -> Gather(presence) -> ReduceSum -> known features / features   -> coverage float [batch]
 * `presence` holds 1 for a feature training did not know, 1001 for one it knew and 0 for the
 * padding index, so one sum gives both counts (a message has at most MAX_FEATURES < 1000).
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
  const graph: Proto.IGraphProto = {
    name: 'redflag_linear',
    input: [tensorType('features', INT32, ['batch', MAX_FEATURES])],
    output: [tensorType('probability', FLOAT, ['batch']), tensorType('alone', FLOAT, ['batch']), tensorType('coverage', FLOAT, ['batch'])],
    initializer: [
      { name: 'weights', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(model.weights) },
      { name: 'bias', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(model.bias)) },
      { name: 'axes', dataType: INT64, dims: [1], int64Data: [1] },
      { name: 'alone_weights', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(model.alone.weights) },
      { name: 'alone_bias', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(model.alone.bias)) },
      { name: 'presence', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(Float32Array.from(model.known, (k, i) => (i === FEATURE_DIM ? 0 : 1 + 1000 * k))) },
      { name: 'one', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(1)) },
      { name: 'thousand', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(1000)) },
    ],
    node: [
      node('Gather', ['weights', 'features'], ['gathered'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('ReduceSum', ['gathered', 'axes'], ['summed'], [{ name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('Add', ['summed', 'bias'], ['logit']),
      node('Sigmoid', ['logit'], ['probability']),
      node('Gather', ['alone_weights', 'features'], ['alone_gathered'], [{ name: 'axis', type: INT, i: 0 }]),
      node('ReduceSum', ['alone_gathered', 'axes'], ['alone_summed'], [{ name: 'keepdims', type: INT, i: 0 }]),
      node('Add', ['alone_summed', 'alone_bias'], ['alone_logit']),
      node('Sigmoid', ['alone_logit'], ['alone']),
      node('Gather', ['presence', 'features'], ['presence_gathered'], [{ name: 'axis', type: INT, i: 0 }]),
      node('ReduceSum', ['presence_gathered', 'axes'], ['presence_sum'], [{ name: 'keepdims', type: INT, i: 0 }]),
      node('Div', ['presence_sum', 'thousand'], ['known_scaled']),
      node('Floor', ['known_scaled'], ['known_count']),
      node('Mul', ['known_count', 'thousand'], ['known_thousands']),
      // presence_sum = 1000 * known + features, and features < 1000.
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
