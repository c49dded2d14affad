package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// Coverage of a RECURSIVE operator: TLC's CostModelCreator walks the
// operator's body under each application it meets, so each place the
// operator is applied from outside its body has its own subtree of the
// body; an application inside the body (the recursion) is a
// RecursiveOpApplNodeWrapper that counts in the subtree of the enclosing
// application of the same operator (CovRecSites: Sum applied in two
// actions and an invariant lists Sum's body three times, each with the
// evaluations made from there). Here an instance of the operator is
// compiled per such place (recOpKey.site), its recursive applications
// reusing it.

// covRecSite is the node whose subtree the application of the recursive
// operator d being compiled counts in: the enclosing instance's of d when
// the application is inside d's body being compiled, else the current
// node (the application's). nil without coverage.
func (c *compiler) covRecSite(d *ast.OpDef) *CovNode {
	if c.cov == nil {
		return nil
	}
	for i := len(c.covRecSites) - 1; i >= 0; i-- {
		if c.covRecSites[i].d == d {
			return c.covRecSites[i].site
		}
	}
	return c.cov
}

// covRecEnter notes that d's body is being compiled for site, until the
// returned function is called.
func (c *compiler) covRecEnter(d *ast.OpDef, site *CovNode) func() {
	if site == nil {
		return func() {}
	}
	c.covRecSites = append(c.covRecSites, covRecSiteOf{d: d, site: site})
	n := len(c.covRecSites) - 1
	return func() { c.covRecSites = c.covRecSites[:n] }
}

// covRecSiteOf is a recursive operator whose body is being compiled under
// coverage, with its site.
type covRecSiteOf struct {
	d    *ast.OpDef
	site *CovNode
}
