package module

// Sourced are the standard modules of TLC's jar that wspcycle reads from
// a TLA+ text of its own when no file of that name is on the search path:
// their operators are plain definitions that TLC evaluates as written, so
// no native code is needed. The texts define the same operators, on the
// same lines as TLC's (rev cc6b616), so that a position in them is TLC's.
var Sourced = map[string]string{"Toolbox": toolboxSource}

// toolboxSource is Toolbox: _TETrace, the trace a trace exploration spec
// replays (any function from positive naturals to states: a cfg replaces
// it, "CONSTANT _TETrace <- _trace", as the spec TLC writes does), and
// _TEPosition, the trace's current position.
const toolboxSource = `---- MODULE Toolbox ----
\* The operators TLC's trace exploration specs use. The trace itself is
\* _TETrace, which the spec's model replaces by the trace it replays;
\* _TEPosition is the position in it of the state being looked at.
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC

----

\* Trace exploration.

_TETrace ==
    CHOOSE f \in [ (Nat \ {0}) -> STRING ] : TRUE

LOCAL _TETraceLength == Cardinality(DOMAIN _TETrace)

\* The level of the state, but within 1 .. the trace's length: an ALIAS
\* is evaluated on the successor of the trace's last state too, and on
\* no state at all while the model is loaded.
\*
_TEPosition ==
    IF TLCGet("level") >= _TETraceLength
       THEN _TETraceLength
       ELSE IF TLCGet("level") = 0 THEN 1 ELSE TLCGet("level")

====
`
