package javalang

import (
	"strings"
	"testing"
)

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

// HashMapOrder against java.util.HashMap's keySet order (printed by Java
// 17 for each list of keys put in order): a small map, one resized twice
// (21 keys), and keys of equal hashes ("Aa" and "BB") kept in the order
// put.
func TestHashMapOrder(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Zed Mid Alpha", "Zed Alpha Mid"},
		{"Loop Eat Think", "Loop Think Eat"},
		{"a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16 q17 Send Receive Ack Timeout",
			"j10 k11 l12 m13 Send b2 d4 f6 h8 n14 o15 p16 q17 Timeout Ack a1 c3 e5 g7 i9 Receive"},
		{"Aa BB C0 Ab CC D1 AaAa BBBB AaBB BBAa x", "Aa BB CC Ab x C0 D1 AaAa BBBB AaBB BBAa"},
	} {
		if got := strings.Join(HashMapOrder(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("HashMapOrder(%s) = %s, Java's: %s", c.in, got, c.want)
		}
	}
}
