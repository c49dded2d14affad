// Package javalang holds what wspcycle must compute exactly as Java does
// to print what TLC and SANY print: their output follows the iteration
// order of Java hash tables, which follows java.lang.String.hashCode.
package javalang

// StringHash is java.lang.String.hashCode: s[0]*31^(n-1) + ... + s[n-1]
// over the UTF-16 code units of s, in 32-bit arithmetic.
func StringHash(s string) int32 {
	var h int32
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			h = 31*h + int32(0xD800+(r>>10))
			h = 31*h + int32(0xDC00+(r&0x3FF))
			continue
		}
		h = 31*h + int32(r)
	}
	return h
}

// HashMapOrder is the order in which a java.util.HashMap<String, V>
// iterates its keys, put in the given order (a key put again keeps its
// place): HashOrder of their String hashes.
func HashMapOrder(keys []string) []string {
	seen := map[string]bool{}
	var distinct []string
	var hashes []int32
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, k)
			hashes = append(hashes, StringHash(k))
		}
	}
	out := make([]string, 0, len(distinct))
	for _, i := range HashOrder(hashes) {
		out = append(out, distinct[i])
	}
	return out
}

// HashOrder is the order, as indexes into hashes, in which a
// java.util.HashMap iterates distinct keys of these hash codes put in this
// order (an Integer's hash code is its value): by bucket, the bucket of a
// key being its spread hash (h ^ h>>>16) masked by the table's size (16,
// doubled each time the count passes three quarters of it), and within a
// bucket in the order put (a resize splits a bucket keeping that order).
// Buckets that Java turns into trees (8 keys in one bucket of a table of
// 64 or more) are not modelled; below 64 Java resizes instead, which is.
func HashOrder(hashes []int32) []int {
	size := 16
	bucket := func(h int32) int {
		u := uint32(h)
		return int((u ^ u>>16) & uint32(size-1))
	}
	for i, h := range hashes {
		same := 0
		for _, o := range hashes[:i] {
			if bucket(o) == bucket(h) {
				same++
			}
		}
		// putVal: a bin reaching 8 entries treeifies, which resizes
		// instead while the table is under 64; then the count check.
		if same+1 > 8 && size < 64 {
			size *= 2
		}
		if i+1 > size*3/4 {
			size *= 2
		}
	}
	out := make([]int, 0, len(hashes))
	for b := 0; b < size; b++ {
		for i, h := range hashes {
			if bucket(h) == b {
				out = append(out, i)
			}
		}
	}
	return out
}
