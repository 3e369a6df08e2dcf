// Package nn holds the numeric kernels of factgraph's models (ner,
// relation).
//
// For the linear models: the weight store of an averaged perceptron used
// while training, the sparse int16-quantized matrix the trained weights are
// compacted into for inference, and the little-endian encoding of that
// matrix inside a model file (see internal/modelfile for the frame).
//
// For the neural tagger (ner) and the neural pair scorer (relation):
// trainable parameters with the Adam optimizer (Param, Adam), vocabularies
// and embedding bags (Vocab, Embed, BackEmbed), an LSTM layer and a
// linear-chain CRF with forward and backward passes, a softmax loss over a
// subset of labels, int8 row quantization of weight matrices for model files,
// and dot-product and axpy kernels, in AVX2/FMA assembly on amd64 CPUs that
// have it (build with -tags purego for the plain Go loops everywhere).
//
// A model keys its rows by 64-bit feature hash and its columns by label; the
// package knows nothing of features or labels beyond their numbers.
package nn
