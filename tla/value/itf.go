package value

import "strconv"

// ToITF encodes v for the Informal Trace Format (the JSON that Apalache and
// Quint read, https://apalache-mc.org/docs/adr/015adr-trace.html):
// integers as {"#bigint": "5"}, sets as {"#set": [...]}, sequences as JSON
// arrays (TLA+ does not tell a tuple from a sequence, and ADR-015 writes
// sequences as arrays; {"#tup": ...} is for typed tuples), records as
// objects, other functions as {"#map": [[k, v], ...]}, model values as
// their names (strings: ADR-015 spells an uninterpreted value "v_OF_T" after
// its type, which an untyped spec does not have). A symbolic set that
// cannot be enumerated is encoded by its printed form under "#unserializable".
func ToITF(v Value) any {
	switch x := v.(type) {
	case nil:
		return nil
	case BoolV:
		return bool(x)
	case IntV:
		return map[string]any{"#bigint": strconv.FormatInt(int64(x), 10)}
	case *StrV:
		return x.s
	case *MV:
		return x.name
	case *FcnV:
		switch {
		case x.dom == nil:
			elems := make([]any, len(x.vals))
			for i, e := range x.vals {
				elems[i] = ToITF(e)
			}
			return elems
		case x.IsRecord():
			rec := make(map[string]any, len(x.vals))
			for i, e := range x.vals {
				rec[x.dom.elems[i].(*StrV).s] = ToITF(e)
			}
			return rec
		default:
			pairs := make([]any, len(x.vals))
			for i, e := range x.vals {
				pairs[i] = []any{ToITF(x.dom.elems[i]), ToITF(e)}
			}
			return map[string]any{"#map": pairs}
		}
	case SetValue:
		e, err := x.Enum()
		if err != nil {
			return map[string]any{"#unserializable": x.String()}
		}
		elems := make([]any, len(e.elems))
		for i, el := range e.elems {
			elems[i] = ToITF(el)
		}
		return map[string]any{"#set": elems}
	}
	return map[string]any{"#unserializable": v.String()}
}
