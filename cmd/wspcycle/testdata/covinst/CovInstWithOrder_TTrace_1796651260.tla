---- MODULE CovInstWithOrder_TTrace_1796651260 ----
EXTENDS Sequences, TLCExt, Toolbox, Naturals, TLC, CovInstWithOrder

_expression ==
    LET CovInstWithOrder_TEExpression == INSTANCE CovInstWithOrder_TEExpression
    IN CovInstWithOrder_TEExpression!expression
----

_trace ==
    LET CovInstWithOrder_TETrace == INSTANCE CovInstWithOrder_TETrace
    IN CovInstWithOrder_TETrace!trace
----

_inv ==
    ~(
        TLCGet("level") = Len(_TETrace)
        /\
        p = (21)
        /\
        u = (6)
    )
----

_init ==
    /\ p = _TETrace[1].p
    /\ u = _TETrace[1].u
----

_next ==
    /\ \E i,j \in DOMAIN _TETrace:
        /\ \/ /\ j = i + 1
              /\ i = TLCGet("level")
        /\ p  = _TETrace[i].p
        /\ p' = _TETrace[j].p
        /\ u  = _TETrace[i].u
        /\ u' = _TETrace[j].u

\* Uncomment the ASSUME below to write the states of the error trace
\* to the given file in Json format. Note that you can pass any tuple
\* to `JsonSerialize`. For example, a sub-sequence of _TETrace.
    \* ASSUME
    \*     LET J == INSTANCE Json
    \*         IN J!JsonSerialize("CovInstWithOrder_TTrace_1796651260.json", _TETrace)

=============================================================================

 Note that you can extract this module `CovInstWithOrder_TEExpression`
  to a dedicated file to reuse `expression` (the module in the 
  dedicated `CovInstWithOrder_TEExpression.tla` file takes precedence 
  over the module `CovInstWithOrder_TEExpression` below).

---- MODULE CovInstWithOrder_TEExpression ----
EXTENDS Sequences, TLCExt, Toolbox, Naturals, TLC, CovInstWithOrder

expression == 
    [
        \* To hide variables of the `CovInstWithOrder` spec from the error trace,
        \* remove the variables below.  The trace will be written in the order
        \* of the fields of this record.
        p |-> p
        ,u |-> u
        
        \* Put additional constant-, state-, and action-level expressions here:
        \* ,_stateNumber |-> _TEPosition
        \* ,_pUnchanged |-> p = p'
        
        \* Format the `p` variable as Json value.
        \* ,_pJson |->
        \*     LET J == INSTANCE Json
        \*     IN J!ToJson(p)
        
        \* Lastly, you may build expressions over arbitrary sets of states by
        \* leveraging the _TETrace operator.  For example, this is how to
        \* count the number of times a spec variable changed up to the current
        \* state in the trace.
        \* ,_pModCount |->
        \*     LET F[s \in DOMAIN _TETrace] ==
        \*         IF s = 1 THEN 0
        \*         ELSE IF _TETrace[s].p # _TETrace[s-1].p
        \*             THEN 1 + F[s-1] ELSE F[s-1]
        \*     IN F[_TEPosition - 1]
    ]

=============================================================================



Parsing and semantic processing can take forever if the trace below is long.
 In this case, it is advised to uncomment the module below to deserialize the
 trace from a generated binary file.

\*
\*---- MODULE CovInstWithOrder_TETrace ----
\*EXTENDS IOUtils, TLC, CovInstWithOrder
\*
\*trace == IODeserialize("CovInstWithOrder_TTrace_1796651260.bin", TRUE)
\*
\*=============================================================================
\*

---- MODULE CovInstWithOrder_TETrace ----
EXTENDS TLC, CovInstWithOrder

trace == 
    <<
    ([p |-> 3,u |-> 0]),
    ([p |-> 6,u |-> 1]),
    ([p |-> 9,u |-> 2]),
    ([p |-> 12,u |-> 3]),
    ([p |-> 15,u |-> 4]),
    ([p |-> 18,u |-> 5]),
    ([p |-> 21,u |-> 6])
    >>
----


=============================================================================

---- CONFIG CovInstWithOrder_TTrace_1796651260 ----
CONSTANTS
    B = 2

INVARIANT
    _inv

CHECK_DEADLOCK
    \* CHECK_DEADLOCK off because of PROPERTY or INVARIANT above.
    FALSE

INIT
    _init

NEXT
    _next

CONSTANT
    _TETrace <- _trace

ALIAS
    _expression
=============================================================================
\* Generated on Mon Dec 07 13:47:40 UTC 2026