package eval

import (
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/span"
	"github.com/wspcycle/wspcycle/tla/value"
)

// A constructor of several binders applied at a point outside its domain
// is TLC's FcnLambdaValue.apply error, which names the function as its
// toString prints it and, for an argument outside its set, the whole
// domain (TLC rev cc6b616, goldens recpoint/LzTwoOut*):
//
//	In applying the function
//	[x \in 0..2, y \in 0..1 |-> <expression line 4, col 37 to ...>],
//	the argument number 1 is:
//	7
//	which is not in the function's domain {<<0, 0>>, <<0, 1>>, ...}.
//
// and for an argument that is no tuple "the argument list is:\n7\nwhich
// does not match its formal parameter.". The function is printed
// tabulated when its body evaluates at every point, the first binder
// varying fastest, as "(<<0, "a">> :> 0 @@ <<1, "a">> :> 1 @@ ...)";
// else as its binders, the first name of each bound only ([x, y \in S
// |-> e] prints as [x \in S |-> <expression ...>]). Tabulating runs the
// body at every point, as TLC's toString does, and leaves the call stack
// at its first failure. Building the function instead made an error of
// the body at another point the outcome.

// pointNamesN keeps in p what TLC prints of fc, a constructor of several
// binders (none a tuple), applied outside its domain.
func (c *compiler) pointNamesN(p *recPoint, fc *ast.FuncCons) {
	at := 0
	for _, b := range fc.Bounds {
		if b.Tuple || b.Set == nil || len(b.Names) == 0 {
			p.heads, p.headAt = nil, nil
			return
		}
		p.heads = append(p.heads, b.Names[0].Name)
		p.headAt = append(p.headAt, at)
		at += len(b.Names)
	}
	if at != len(p.bs) || at < 2 {
		p.heads, p.headAt = nil, nil
		return
	}
	p.bodyName = c.nodeName(fc.Body, span.Module(fc.Body.Pos().Filename))
	p.pos = fc.Pos()
}

// outOfDomainN is TLC's error for argument number i+1, x, outside its
// set; errPointMiss when the domain cannot be enumerated.
func (p *recPoint) outOfDomainN(k *ctx, i int, x value.Value) error {
	shown, dom, ok := p.shownN(k)
	if !ok {
		return errPointMiss
	}
	return errorf(p.pos, "In applying the function\n%s,\nthe argument number %d is:\n%s\nwhich is not in the function's domain %s.\n", shown, i+1, x, dom)
}

// notArgList is TLC's error for x, no tuple, applied to the constructor.
func (p *recPoint) notArgList(k *ctx, x value.Value) error {
	shown, _, ok := p.shownN(k)
	if !ok {
		return errPointMiss
	}
	return errorf(p.pos, "In applying the function\n%s,\nthe argument list is:\n%s\nwhich does not match its formal parameter.\n", shown, x)
}

// shownN is TLC's text of the constructor and of its domain.
func (p *recPoint) shownN(k *ctx) (shown, dom string, ok bool) {
	elems := make([][]value.Value, len(p.bs))
	sets := make([]value.SetValue, len(p.bs))
	for j := range p.bs {
		s, err := evalSet(k, p.bs[j].set)
		if err != nil {
			return "", "", false
		}
		es, err := s.Enum()
		if err != nil {
			return "", "", false
		}
		sets[j], elems[j] = s, es.Elems()
		if len(elems[j]) == 0 {
			return "", "", false
		}
	}
	// Every point, the first binder fastest (TLC's enumeration).
	idx := make([]int, len(p.bs))
	var keys []value.Value
	var pairs []string
	tabulated := true
	for {
		key := make([]value.Value, len(p.bs))
		for j := range p.bs {
			key[j] = elems[j][idx[j]]
			p.bs[j].bindSlot(k, key[j])
		}
		t := value.TupleOf(key)
		keys = append(keys, t)
		if tabulated {
			v, err := p.body.fn(k)
			if err != nil {
				tabulated = false
			} else {
				pairs = append(pairs, t.String()+" :> "+v.String())
			}
		}
		j := 0
		for ; j < len(idx); j++ {
			idx[j]++
			if idx[j] < len(elems[j]) {
				break
			}
			idx[j] = 0
		}
		if j == len(idx) {
			break
		}
	}
	if tabulated {
		shown = "(" + strings.Join(pairs, " @@ ") + ")"
	} else {
		var hs []string
		for g, h := range p.heads {
			hs = append(hs, h+" \\in "+sets[p.headAt[g]].String())
		}
		shown = "[" + strings.Join(hs, ", ") + " |-> <expression " + p.bodyName + ">]"
	}
	return shown, value.NewSet(keys).String(), true
}
