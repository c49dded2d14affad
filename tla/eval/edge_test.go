package eval

import (
	"strings"
	"testing"
)

// TestTLCEdgeCases: arithmetic, sequence, set and comparison operators at
// their edges, each with TLC's verdict: a value, or an evaluation error
// with TLC's message (TLC ran on each e as Init == x = 0 /\ PrintT(e);
// its message is quoted when it differs from the one checked).
func TestTLCEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string // the value printed
		err  string // or a part of the error message
	}{
		{src: `0 ^ 0`, err: "0^0 is undefined."},
		{src: `0 ^ 0 + 1`, err: "0^0 is undefined."},
		{src: `2 ^ (-1)`, err: "The second argument of ^ should be a natural number, but instead it is:\n-1"},
		{src: `0 ^ (-1)`, err: "The second argument of ^ should be a natural number, but instead it is:\n-1"},
		{src: `0 ^ 3`, want: "0"},
		{src: `(-2) ^ 3`, want: "-8"},
		{src: `1 \div 0`, err: "The second argument of \\div is 0."},
		{src: `7 \div (-2)`, want: "-4"},
		{src: `(-7) \div (-2)`, want: "3"},
		{src: `1 % 0`, err: "The second argument of % should be a positive number, but instead it is:\n0"},
		{src: `7 % (-2)`, err: "The second argument of % should be a positive number, but instead it is:\n-2"},
		{src: `(-7) % 3`, want: "2"},
		{src: `3..1 = {}`, want: "TRUE"},
		{src: `2147483647 * 2`, err: "Overflow"}, // TLC: Overflow when computing 2147483647*2
		{src: `Len(<<>>)`, want: "0"},
		{src: `Head(<<>>)`, err: "Attempted to apply Head to the empty sequence."},
		{src: `Tail(<<>>)`, err: "Attempted to apply Tail to the empty sequence."},
		{src: `SubSeq(<<1, 2, 3>>, 2, 5)`, err: "The third argument of SubSeq must be in the domain of its first argument:\n<<1, 2, 3>>\n, but instead it is\n5"},
		{src: `SubSeq(<<1, 2, 3>>, 0, 1)`, err: "The second argument of SubSeq must be in the domain of its first argument:\n<<1, 2, 3>>\n, but instead it is\n0"},
		{src: `SubSeq(<<1, 2, 3>>, 3, 1)`, want: "<<>>"},
		{src: `SubSeq(<<1, 2, 3>>, 5, 4)`, want: "<<>>"},
		{src: `<<1>> \o <<>>`, want: "<<1>>"},
		{src: `CHOOSE y \in {} : TRUE`, err: "CHOOSE x \\in S: P, but no element of S satisfied P."},
		{src: `<<1, 2>>[3]`, err: "Attempted to access index 3 of tuple\n<<1, 2>>\nwhich is out of bounds."},
		{src: `<<1, 2>>[1][1]`, err: "A non-function (an integer) was applied as a function."},
		{src: `[a |-> 1].b`, err: "Attempted to select nonexistent field \"b\" from the record\n[a |-> 1]"},
		// Values TLC cannot compare: an error, never FALSE.
		{src: `1 = {}`, err: "Attempted to check equality of integer 1 with non-integer:\n{}"},
		{src: `{} = 1`, err: "Attempted to check equality of the set {} with the value:\n1"},
		{src: `"a" = {}`, err: "Attempted to check equality of string \"a\" with non-string:\n{}"},
		{src: `TRUE = 1`, err: "Attempted to compare equality of boolean TRUE with non-boolean:\n1"},
		{src: `[a |-> 1] = {1}`, err: "Attempted to check equality of record:\n[a |-> 1]\nwith non-record\n{1}"},
		{src: `[a |-> 1] = (1 :> 2)`, err: "Attempted to check equality of"}, // TLC: ... of record:\n[a |-> 1]\nwith non-record\n<<2>>
		{src: `<<1>> = {1}`, err: "Attempted to check equality of the function <<1>> with the value:\n{1}"},
		{src: `{} = <<>>`, err: "Attempted to check equality of the set {} with the value:\n<<>>"},
		{src: `<<>> = {}`, err: "Attempted to check equality of the function <<>> with the value:\n{}"},
		{src: `{<<>>} = {{}}`, err: "Attempted to check equality of"},
		{src: `(1 :> 2) = ("a" :> 2)`, err: "Attempted to check equality of integer 1 with non-integer:\n\"a\""},
		{src: `{1} = {"a"}`, err: "Attempted to check equality of integer 1 with non-integer:\n\"a\""},
		{src: `<<1>> = <<"a">>`, err: "Attempted to check equality of integer 1 with non-integer:\n\"a\""},
		{src: `[a |-> 1] = [a |-> "x"]`, err: "Attempted to check equality of integer 1 with non-integer:\n\"x\""},
		{src: `1 \notin {"a"}`, err: "Attempted to check equality of string \"a\" with non-string:\n1"},
		{src: `{1} \subseteq {"a"}`, err: "Attempted to check equality of string \"a\" with non-string:\n1"},
		{src: `1 \in 1`, err: "1"},     // TLC: Attempted to check if the value:\n1\nis an element of the integer 1
		{src: `1 < "a"`, err: "\"a\""}, // TLC: The second argument of < should be an integer, but instead it is:\n"a"
		{src: `1 + TRUE`, err: "Cannot cast tlc2.value.impl.BoolValue to tlc2.value.impl.IntValue"}, // TLC's words (WMinus)
		{src: `DOMAIN 1`, err: "1"},                                      // TLC: Attempted to apply the operator DOMAIN to a non-function\n(an integer)
		{src: `(1 :> 2) @@ 3`, err: "3"},                                 // TLC: The second argument of @@ should be a function, but instead it is:\n3
		{src: `Append(1, 2)`, err: "sequence"},                           // TLC: Evaluating an expression of the form Append(s, v) when s is not a sequence:\n1
		{src: `<<1>> \o 2`, err: "t \\o s when s is not a sequence:\n2"}, // TLC: Evaluating an expression of the form t \o s when s is not a sequence:\n2
		{src: `<<>> = [y \in {} |-> 1]`, want: "TRUE"},
		{src: `SUBSET {} = {{}}`, want: "TRUE"},
		{src: `[a |-> 1] = [a |-> 1, b |-> 2]`, want: "FALSE"},
		{src: `<<1, 2>> = <<1, 2, 3>>`, want: "FALSE"},
		{src: `[a |-> 1] = [b |-> 1]`, want: "FALSE"},
	} {
		v, err := evalExpr(t, tc.src, nil)
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: got %v, %v; want the error %q", tc.src, v, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%s: error %v, want %s", tc.src, err, tc.want)
		case tc.err == "" && v.String() != tc.want:
			t.Errorf("%s = %s, want %s", tc.src, v, tc.want)
		}
	}
}
