package eval

// A module-level definition without parameters is compiled once per
// instance context and coverage node (compiler.cache): its value, when
// constant, is computed once for the run, and a definition used by many
// others is compiled once rather than once per path to it. A CONSTRAINT,
// VIEW or INIT is compiled with compiler.primeRun, an ACTION_CONSTRAINT
// with temporalRun (primerun.go, temporalrun.go), where a prime or []/<>
// compiles to TLC's run-time error instead of a level: only a definition
// whose compile meets one of those compiles differently, so only it is
// compiled (and cached, in runCache) apart, by the flags. Every other
// definition shares the one cache entry with the rest of the spec.

// runKey identifies a definition compiled under primeRun/temporalRun.
type runKey struct {
	defKey
	prime, temporal bool
}

// cachedDef is the compiled definition of key, body compiling it once.
func (c *compiler) cachedDef(key defKey, body func() cx) cx {
	if c.noState {
		// Its variables are errors here, not reads: compiled apart,
		// neither from nor into the cache.
		return body()
	}
	if ce, ok := c.cache[key]; ok && c.reusable(ce) {
		c.sawPrime = c.sawPrime || ce.prime
		c.temporal = c.temporal || ce.temporal
		return ce.x
	}
	rk := runKey{key, c.primeRun, c.temporalRun}
	if c.primeRun || c.temporalRun {
		if ce, ok := c.runCache[rk]; ok {
			c.sawPrime = c.sawPrime || ce.prime
			c.temporal = c.temporal || ce.temporal
			c.metRun = true
			return ce.x
		}
	}
	var ce compiled
	if c.pendingWithin(func() { ce = c.levelOf(func() cx { return c.covConstantIn(key.m, body) }) }) {
		ce.x.dep |= depPending
	}
	if !c.loadFailed[key.d] {
		// Under coverage, one evaluated at load is not again (covload.go).
		ce.x = c.constantValue(ce, c.printDefs[key.d])
	}
	if ce.x.dep&depState != 0 && !ce.prime && !ce.temporal {
		ce.x = c.runAtLoad(key, ce.x) // loadlevel.go
	}
	ce.x = onceValue(ce)
	if _, plain := c.cache[key]; ce.run || plain {
		// plain: the definition compiled outside the run flags has a
		// prime or a temporal operator this compile treated as an error
		// without meeting it (under an ENABLED, say): kept apart too.
		c.runCache[rk] = ce
	} else {
		c.cache[key] = ce
	}
	return ce.x
}

// reusable reports whether the definition compiled as ce compiles the
// same under the current flags: it has no prime when primes are run-time
// errors, no temporal operator when [] and <> are.
func (c *compiler) reusable(ce compiled) bool {
	return !(c.primeRun && ce.prime) && !(c.temporalRun && ce.temporal) && !ce.run
}
