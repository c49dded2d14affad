package value

import (
	"encoding/binary"
	"math/bits"

	"github.com/cespare/xxhash/v2"
)

// Hashing. Scalars hash their tagged contents; sets hash the sequence of
// their elements' hashes with xxh64's round function, functions sum one
// mixed term per pair key |-> value (so that EXCEPT can update the hash in
// place, see FcnV.Hash); both cache the result, so re-hashing a state
// costs one word per variable. The state fingerprint is xxhash over the
// variables' hashes.

const (
	prime1 uint64 = 11400714785074694791
	prime2 uint64 = 14029467366897019727
	prime3 uint64 = 1609587929392839161
	prime4 uint64 = 9650029242287828579
	seed   uint64 = 0x9e3779b97f4a7c15

	tagBool  uint64 = 0x1000000000000001
	tagInt   uint64 = 0x2000000000000002
	tagStr   uint64 = 0x3000000000000003
	tagModel uint64 = 0x4000000000000004
	tagFcn   uint64 = 0x5000000000000005
	tagSet   uint64 = 0x6000000000000006
	tagUndef uint64 = 0x7000000000000007
)

func round(acc, input uint64) uint64 {
	acc += input * prime2
	acc = bits.RotateLeft64(acc, 31)
	return acc * prime1
}

func finish(h uint64) uint64 {
	h ^= h >> 33
	h *= prime2
	h ^= h >> 29
	h *= prime3
	h ^= h >> 32
	return h
}

// finishCompound finishes the hash of a compound value. It is never 0:
// sets and functions cache their hash with 0 meaning "not computed yet",
// and a symbolic set must hash as its enumeration does.
func finishCompound(acc uint64) uint64 {
	if h := finish(acc); h != 0 {
		return h
	}
	return 1
}

func hashString(tag uint64, s string) uint64 {
	return finish(round(seed^tag, xxhash.Sum64String(s)))
}

// State assigns a value to each variable, in the order of the spec's
// variables. A nil entry means "not defined" (only in a partial successor
// carried by an error).
type State []Value

// Fingerprint is a 64-bit xxhash of the state's canonical encoding (the
// variables' value hashes in order): equal states have equal fingerprints.
// It does not allocate.
func (s State) Fingerprint() uint64 {
	var buf [32 * 8]byte
	if len(s) <= 32 {
		for i, v := range s {
			binary.LittleEndian.PutUint64(buf[i*8:], hashOrUndef(v))
		}
		return xxhash.Sum64(buf[:len(s)*8])
	}
	var d xxhash.Digest
	d.Reset()
	for _, v := range s {
		binary.LittleEndian.PutUint64(buf[:8], hashOrUndef(v))
		d.Write(buf[:8])
	}
	return d.Sum64()
}

func hashOrUndef(v Value) uint64 {
	if v == nil {
		return tagUndef
	}
	return v.Hash()
}

// Equal reports whether two states are equal variable by variable.
func (s State) Equal(t State) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if (s[i] == nil) != (t[i] == nil) {
			return false
		}
		if s[i] != nil && !Equal(s[i], t[i]) {
			return false
		}
	}
	return true
}

// Clone returns a copy of the state that can be modified independently.
func (s State) Clone() State { return append(State(nil), s...) }
