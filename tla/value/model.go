package value

import "sync"

// modelValues interns model values by name: a model value equals only itself,
// so identity is the cheapest equality.
var modelValues sync.Map // string -> *MV

// ModelValue returns the model value with the given name (a cfg constant such
// as c1). The same name always yields the same value.
func ModelValue(name string) Value {
	if v, ok := modelValues.Load(name); ok {
		return v.(*MV)
	}
	v, _ := modelValues.LoadOrStore(name, &MV{name: name, h: hashString(tagModel, name)})
	return v.(*MV)
}
