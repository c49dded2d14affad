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
