package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -loadTrace json FILE (rev cc6b616) reads a file of -dumpTrace
// json with its module _JsonTrace: JsonDeserialize turns the file's
// objects into records, its arrays into tuples (a set of the dumped
// state is a tuple then, and equals no set), its numbers into integers
// and its strings into strings; the constraint and the view are
// _TLCTrace's but for the levels, which are the positions in the array
// counterexample.state (DOMAIN trace), not the numbers its pairs carry;
// the lasso's target is still the closing step's [3][1].

// tlcJSONTrace is the JSON of a -dumpTrace json FILE as TLC's
// JsonDeserialize reads it: counterexample.state, counterexample.action
// and vars are tuples, which newLoadedTrace reads in order (with
// byPosition, a state's level its position).
func tlcJSONTrace(data []byte, strs *value.Strings) (value.Value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("more than one JSON value")
	}
	return jsonValue(doc, strs)
}

// jsonValue is x as JsonDeserialize makes it a value.
func jsonValue(x any, strs *value.Strings) (value.Value, error) {
	switch x := x.(type) {
	case map[string]any:
		keys := make([]value.Value, 0, len(x))
		vals := make([]value.Value, 0, len(x))
		for k, e := range x {
			v, err := jsonValue(e, strs)
			if err != nil {
				return nil, err
			}
			keys = append(keys, strs.Str(k))
			vals = append(vals, v)
		}
		return value.FcnFromPairs(keys, vals), nil
	case []any:
		elems := make([]value.Value, len(x))
		for i, e := range x {
			v, err := jsonValue(e, strs)
			if err != nil {
				return nil, err
			}
			elems[i] = v
		}
		return value.TupleOf(elems), nil
	case json.Number:
		n, err := x.Int64()
		if err != nil {
			return nil, fmt.Errorf("the number %s is not an integer TLC reads", x)
		}
		return value.Int(n), nil
	case string:
		return strs.Str(x), nil
	case bool:
		return value.Bool(x), nil
	}
	return nil, fmt.Errorf("%v (null) has no TLA+ value", x)
}
