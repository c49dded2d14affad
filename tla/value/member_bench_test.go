package value

import "testing"

// BenchmarkSetMemberMissRecords is x \in S for a record x not in S, a set
// of 30 records with 4 fields: the miss path of SetV.Member, which must
// stay close to the binary search's cost (its shape check is a rare
// error's, TLC's words for comparing values of different shapes).
func BenchmarkSetMemberMissRecords(b *testing.B) {
	var t *Strings
	keys := []Value{t.Str("a"), t.Str("b"), t.Str("c"), t.Str("d")}
	dom := NewSet(append([]Value(nil), keys...))
	elems := make([]Value, 0, 30)
	for i := 0; i < 30; i++ {
		elems = append(elems, FcnOn(dom, []Value{Int(int64(i)), Int(1), Int(2), Int(3)}))
	}
	s := NewSet(elems)
	x := FcnOn(dom, []Value{Int(15), Int(1), Int(2), Int(4)})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if in, err := s.Member(x); in || err != nil {
			b.Fatal(in, err)
		}
	}
}
