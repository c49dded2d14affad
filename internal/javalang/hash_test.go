package javalang

import "testing"

// TestStringHash holds values of Java's "...".hashCode() (the Java
// Language Specification's formula, worked by hand for the short ones):
// "" is 0, "a" is 97, "ab" is 97*31+98 = 3105, "hello" is 99162322, and a
// character outside the BMP counts as its two UTF-16 surrogates
// ("\U0001F600" is 0xD83D*31 + 0xDE00 = 55357*31 + 56832 = 1772899).
func TestStringHash(t *testing.T) {
	for s, want := range map[string]int32{
		"":           0,
		"a":          97,
		"ab":         3105,
		"hello":      99162322,
		"\U0001F600": 1772899,
	} {
		if got := StringHash(s); got != want {
			t.Errorf("StringHash(%q) = %d, want %d", s, got, want)
		}
	}
}
