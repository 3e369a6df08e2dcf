// Package modelfile frames factgraph's model files: a magic string naming
// the kind of model, a format version byte, the SHA-256 of the payload, and
// the payload. A truncated or corrupt file fails its checksum and is never
// decoded.
package modelfile

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
)

// ErrFormat is wrapped by every error about a file that is not a valid
// model file of the expected kind and version.
var ErrFormat = errors.New("bad model file")

// Write writes payload framed with magic and version.
func Write(w io.Writer, magic string, version byte, payload []byte) error {
	sum := sha256.Sum256(payload)
	var out bytes.Buffer
	out.Grow(len(magic) + 1 + len(sum) + len(payload))
	out.WriteString(magic)
	out.WriteByte(version)
	out.Write(sum[:])
	out.Write(payload)
	_, err := w.Write(out.Bytes())
	return err
}

// ReadFrom reads all of r and returns the payload, as Read does.
func ReadFrom(r io.Reader, magic string, version byte) ([]byte, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return Read(raw, magic, version)
}

// Read returns the payload of a file written by Write with the same magic
// and version, after checking its checksum.
func Read(raw []byte, magic string, version byte) ([]byte, error) {
	n := len(magic) + 1 + sha256.Size
	if len(raw) < n || string(raw[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a %s file", ErrFormat, magic)
	}
	if v := raw[len(magic)]; v != version {
		return nil, fmt.Errorf("%w: %s format version %d, want %d", ErrFormat, magic, v, version)
	}
	payload := raw[n:]
	if sum := sha256.Sum256(payload); !bytes.Equal(sum[:], raw[len(magic)+1:n]) {
		return nil, fmt.Errorf("%w: checksum mismatch (file corrupt or truncated)", ErrFormat)
	}
	return payload, nil
}
