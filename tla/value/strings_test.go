package value

import "testing"

// TestStringsOrder: the names of a table in its order, then the other
// strings by content; one value per name; model values ranked alike.
func TestStringsOrder(t *testing.T) {
	tab := NewStrings([]string{"zeta", "m1", "alpha", "zeta"})
	got := Set(tab.Str("run2"), tab.Str("alpha"), tab.Str("run1"), tab.Str("zeta"), tab.Str("alpha")).String()
	if want := `{"zeta", "alpha", "run1", "run2"}`; got != want {
		t.Errorf("set %s, want %s", got, want)
	}
	if tab.Str("alpha") != tab.Str("alpha") {
		t.Errorf("a name of the table is not one value")
	}
	if !Ranked(tab.Str("alpha")) || Ranked(tab.Str("run1")) || Ranked(Alphabetical.Str("alpha")) {
		t.Errorf("Ranked: table names only")
	}
	if got := Set(tab.Model("m2"), tab.Model("zeta"), tab.Model("m1")).String(); got != "{zeta, m1, m2}" {
		t.Errorf("model values %s, want {zeta, m1, m2}", got)
	}
	if tab.Model("m2") != tab.Model("m2") || Alphabetical.Model("m2") != Alphabetical.Model("m2") {
		t.Errorf("a model value is not one value")
	}
	if got := Set(Alphabetical.Str("zeta"), Alphabetical.Str("alpha")).String(); got != `{"alpha", "zeta"}` {
		t.Errorf("Alphabetical: %s", got)
	}
	if got := tab.Record("alpha", Int(1), "zeta", Int(2)).String(); got != "[zeta |-> 2, alpha |-> 1]" {
		t.Errorf("record %s, want its fields in the table's order", got)
	}
	if v, ok := tab.Record("alpha", Int(1), "zeta", Int(2)).(*FcnV).Field("alpha"); !ok || v != Int(1) {
		t.Errorf("Field alpha = %v, %v", v, ok)
	}
}
