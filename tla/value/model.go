package value

import "sync"

// modelValues interns the model values of the Alphabetical table by name:
// a model value equals only itself, so identity is the cheapest equality.
var modelValues sync.Map // string -> *MV

// modelValue is Alphabetical.Model(name).
func modelValue(name string) Value {
	if v, ok := modelValues.Load(name); ok {
		return v.(*MV)
	}
	v, _ := modelValues.LoadOrStore(name, &MV{name: name, h: hashString(tagModel, name), rank: runtimeRank})
	return v.(*MV)
}
