---- MODULE LF2_TTrace_1796654427 ----
EXTENDS Sequences, TLCExt, Toolbox, LF2, Naturals, TLC, LF2_TEConstants

_expression ==
    LET LF2_TEExpression == INSTANCE LF2_TEExpression
    IN LF2_TEExpression!expression
----

_trace ==
    LET LF2_TETrace == INSTANCE LF2_TETrace
    IN LF2_TETrace!trace
----

_prop ==
    ~(([]<>(
            busy = (TRUE)
            /\
            served = (FALSE)
            /\
            req = (TRUE)
    ))/\([]<>(
            busy = (FALSE)
            /\
            served = (FALSE)
            /\
            req = (TRUE)
    )))
----

_init ==
    /\ busy = _TETrace[1].busy
    /\ req = _TETrace[1].req
    /\ served = _TETrace[1].served
----

_next ==
    /\ \E i,j \in DOMAIN _TETrace:
        /\ \/ /\ j = i + 1
              /\ i = TLCGet("level")
           \/ /\ i = _TTraceLassoEnd
              /\ j = _TTraceLassoStart
        /\ busy  = _TETrace[i].busy
        /\ busy' = _TETrace[j].busy
        /\ req  = _TETrace[i].req
        /\ req' = _TETrace[j].req
        /\ served  = _TETrace[i].served
        /\ served' = _TETrace[j].served

\* Uncomment the ASSUME below to write the states of the error trace
\* to the given file in Json format. Note that you can pass any tuple
\* to `JsonSerialize`. For example, a sub-sequence of _TETrace.
    \* ASSUME
    \*     LET J == INSTANCE Json
    \*         IN J!JsonSerialize("LF2_TTrace_1796654427.json", _TETrace)


_view ==
    <<busy, req, served, IF TLCGet("level") = _TTraceLassoEnd + 1 THEN _TTraceLassoStart ELSE TLCGet("level")>>
=============================================================================

 Note that you can extract this module `LF2_TEExpression`
  to a dedicated file to reuse `expression` (the module in the 
  dedicated `LF2_TEExpression.tla` file takes precedence 
  over the module `LF2_TEExpression` below).

---- MODULE LF2_TEExpression ----
EXTENDS Sequences, TLCExt, Toolbox, LF2, Naturals, TLC, LF2_TEConstants

expression == 
    [
        \* To hide variables of the `LF2` spec from the error trace,
        \* remove the variables below.  The trace will be written in the order
        \* of the fields of this record.
        busy |-> busy
        ,req |-> req
        ,served |-> served
        
        \* Put additional constant-, state-, and action-level expressions here:
        \* ,_stateNumber |-> _TEPosition
        \* ,_busyUnchanged |-> busy = busy'
        
        \* Format the `busy` variable as Json value.
        \* ,_busyJson |->
        \*     LET J == INSTANCE Json
        \*     IN J!ToJson(busy)
        
        \* Lastly, you may build expressions over arbitrary sets of states by
        \* leveraging the _TETrace operator.  For example, this is how to
        \* count the number of times a spec variable changed up to the current
        \* state in the trace.
        \* ,_busyModCount |->
        \*     LET F[s \in DOMAIN _TETrace] ==
        \*         IF s = 1 THEN 0
        \*         ELSE IF _TETrace[s].busy # _TETrace[s-1].busy
        \*             THEN 1 + F[s-1] ELSE F[s-1]
        \*     IN F[_TEPosition - 1]
    ]

=============================================================================



Parsing and semantic processing can take forever if the trace below is long.
 In this case, it is advised to uncomment the module below to deserialize the
 trace from a generated binary file.

\*
\*---- MODULE LF2_TETrace ----
\*EXTENDS IOUtils, LF2, TLC, LF2_TEConstants
\*
\*trace == IODeserialize("LF2_TTrace_1796654427.bin", TRUE)
\*
\*=============================================================================
\*

---- MODULE LF2_TETrace ----
EXTENDS LF2, TLC, LF2_TEConstants

trace == 
    <<
    ([busy |-> FALSE,served |-> FALSE,req |-> FALSE]),
    ([busy |-> FALSE,served |-> FALSE,req |-> TRUE]),
    ([busy |-> TRUE,served |-> FALSE,req |-> TRUE])
    >>
----


=============================================================================

---- MODULE LF2_TEConstants ----
EXTENDS LF2

CONSTANTS _TTraceLassoStart, _TTraceLassoEnd

=============================================================================

---- CONFIG LF2_TTrace_1796654427 ----
CONSTANTS
_TTraceLassoStart = 2
_TTraceLassoEnd = 3

PROPERTY
    _prop

CHECK_DEADLOCK
    \* CHECK_DEADLOCK off because of PROPERTY or INVARIANT above.
    FALSE

INIT
    _init

NEXT
    _next

VIEW
    _view

CONSTANT
    _TETrace <- _trace

ALIAS
    _expression
=============================================================================
\* Generated on Mon Dec 07 14:40:27 UTC 2026