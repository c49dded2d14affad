package tetrace

import "unicode/utf16"

// javaStringHash is Java's String.hashCode: s[0]*31^(n-1) + ... over
// the string's UTF-16 code units, in 32-bit arithmetic.
func javaStringHash(s string) int32 {
	var h int32
	for _, u := range utf16.Encode([]rune(s)) {
		h = 31*h + int32(u)
	}
	return h
}

// javaHashOrder is the order in which a java.util.HashSet (or the keys
// of a HashMap) created empty, with the default capacity 16 and load
// factor 0.75, iterates over the distinct strings keys added in that
// order: by bucket, (h ^ h>>>16) & (capacity-1), and within a bucket in
// the order added (a resize keeps that order). TLC writes its trace
// exploration spec's EXTENDS lists from HashSets and each trace state's
// variables from a HashMap (MCState), so both come out in this order.
// (Java turns a bucket of eight entries into a tree once the table has
// 64 buckets; a spec would need dozens of variables for that, and this
// order is then not TLC's.)
func javaHashOrder(keys []string) []string {
	seen := map[string]bool{}
	var distinct []string
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, k)
		}
	}
	capacity := 16
	for float64(len(distinct)) > 0.75*float64(capacity) {
		capacity *= 2
	}
	buckets := make([][]string, capacity)
	for _, k := range distinct {
		h := uint32(javaStringHash(k))
		b := int((h ^ h>>16) & uint32(capacity-1))
		buckets[b] = append(buckets[b], k)
	}
	out := make([]string, 0, len(distinct))
	for _, b := range buckets {
		out = append(out, b...)
	}
	return out
}
