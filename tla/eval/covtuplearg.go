package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// f[a, b] is, in SANY, $FcnApply(f, $Tuple(a, b)): the arguments are one
// tuple, an OpApplNode of its own whose range is the whole application's.
// TLC's tree therefore lists, under f[a, b], f and then that tuple's node
// (the application's range again), under which a and b are (Examples'
// Echo: R[m, n] lists 24:32-37 twice).

// covTupleKey keys the tuple node of a multi-argument application.
type covTupleKey struct{ e *ast.FuncApp }

// covArgsNode is the node the arguments of e are listed under, below n
// (e's node): the tuple's when e has several.
func covArgsNode(n *CovNode, e *ast.FuncApp) *CovNode {
	if len(e.Args) < 2 {
		return n
	}
	return n.child(covTupleKey{e}, e, e)
}

// covFcnArgs compiles the arguments of e: under coverage, with several,
// under the tuple's node, which counts each evaluation of the tuple.
func (c *compiler) covFcnArgs(e *ast.FuncApp, en cenv) []cx {
	n := c.covHere(e)
	if n == nil || len(e.Args) < 2 {
		return c.exprs(e.Args, en)
	}
	tn := covArgsNode(n, e)
	saved := c.cov
	c.cov = tn
	args := c.exprs(e.Args, en)
	c.cov = saved
	args[0] = covCount(args[0], tn)
	return args
}

// tupleOfArgs is the tuple of the arguments of f[a, b], the one value f
// is applied to.
func tupleOfArgs(args []cx) cx {
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, args)
		if err != nil {
			return nil, err
		}
		return value.TupleOf(vs), nil
	}, dep: deps(args...)}
}
