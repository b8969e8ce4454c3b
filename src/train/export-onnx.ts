import onnxProto, { type onnx as Proto } from 'onnx-proto';
import type { LinearModel } from '../classifier/linear.ts';
import { FEATURE_BITS, FEATURE_DIM, MAX_FEATURES } from '../engine/features.ts';

// onnx-proto is CommonJS: its namespace arrives as the default export.
const { onnx } = onnxProto;

/**
 * Writes the linear classifier as an ONNX model:
 *   features int32 [batch, MAX_FEATURES] (padded with the zero-weight index FEATURE_DIM)
 *   -> Gather(weights) -> ReduceSum(axis 1) -> Add(bias) -> Sigmoid -> probability float [batch]
 *   -> Gather(known) / count of non-padding features                -> coverage float [batch]
 * Metadata carries the version and the training-data hash (`redflag --version` prints them).
 */
export function exportOnnx(model: LinearModel, metadata: Record<string, string>): Uint8Array {
  const { FLOAT, INT32, INT64, UINT8 } = onnx.TensorProto.DataType;
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
    output: [tensorType('probability', FLOAT, ['batch']), tensorType('coverage', FLOAT, ['batch'])],
    initializer: [
      { name: 'weights', dataType: FLOAT, dims: [FEATURE_DIM + 1], rawData: bytesOf(model.weights) },
      { name: 'bias', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(model.bias)) },
      { name: 'axes', dataType: INT64, dims: [1], int64Data: [1] },
      { name: 'known', dataType: UINT8, dims: [FEATURE_DIM + 1], rawData: model.known },
      { name: 'padding', dataType: INT32, dims: [], int32Data: [FEATURE_DIM] },
      { name: 'one', dataType: FLOAT, dims: [], rawData: bytesOf(Float32Array.of(1)) },
    ],
    node: [
      node('Gather', ['weights', 'features'], ['gathered'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('ReduceSum', ['gathered', 'axes'], ['summed'], [{ name: 'keepdims', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('Add', ['summed', 'bias'], ['logit']),
      node('Sigmoid', ['logit'], ['probability']),
      node('Gather', ['known', 'features'], ['known_gathered'], [{ name: 'axis', type: INT, i: 0 }]),
      node('Cast', ['known_gathered'], ['known_float'], [{ name: 'to', type: INT, i: FLOAT }]),
      node('ReduceSum', ['known_float', 'axes'], ['known_count'], [{ name: 'keepdims', type: INT, i: 0 }]),
      node('Equal', ['features', 'padding'], ['is_padding']),
      node('Not', ['is_padding'], ['is_feature']),
      node('Cast', ['is_feature'], ['feature_float'], [{ name: 'to', type: INT, i: FLOAT }]),
      node('ReduceSum', ['feature_float', 'axes'], ['feature_count'], [{ name: 'keepdims', type: INT, i: 0 }]),
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
