---- MODULE TLCSpec ----
\* TLCGet("spec"): TLC's record of what its spec processing found. Expected
\* is what TLC rev cc6b616 printed for PrintT(TLCGet("spec")) on this very
\* spec (and TLC checks SpecOK without error: 3 distinct states, x runs
\* 0..2, 1 + 3 generated): the initial predicate and invariants at their
\* definitions' bodies, the actions at their own text (the unnamed
\* disjunct is named after Next), constraints at their whole definitions,
\* variables at their declarations.
EXTENDS TLC, Naturals
VARIABLES x,
          y
Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ y' = y
        \/ x = 2 /\ x' = 0 /\ UNCHANGED y
Inv == x < 5
TypeOK == y = 0
Con == x < 10
ACon == x' # 7
Expected ==
    [ impliedinits |-> {},
      impliedactions |-> {},
      invariants |->
          { [ name |-> "Inv",
              location |->
                  [ beginLine |-> 15,
                    beginColumn |-> 8,
                    endLine |-> 15,
                    endColumn |-> 12,
                    module |-> "TLCSpec" ] ],
            [ name |-> "TypeOK",
              location |->
                  [ beginLine |-> 16,
                    beginColumn |-> 11,
                    endLine |-> 16,
                    endColumn |-> 15,
                    module |-> "TLCSpec" ] ],
            [ name |-> "SpecOK",
              location |->
                  [ beginLine |-> 100,
                    beginColumn |-> 11,
                    endLine |-> 100,
                    endColumn |-> 72,
                    module |-> "TLCSpec" ] ] },
      impliedtemporals |-> {},
      temporals |-> {},
      actions |->
          { [ name |-> "Next",
              location |->
                  [ beginLine |-> 13,
                    beginColumn |-> 12,
                    endLine |-> 13,
                    endColumn |-> 40,
                    module |-> "TLCSpec" ] ],
            [ name |-> "Next",
              location |->
                  [ beginLine |-> 14,
                    beginColumn |-> 12,
                    endLine |-> 14,
                    endColumn |-> 41,
                    module |-> "TLCSpec" ] ] },
      inits |->
          { [ name |-> "Init",
              location |->
                  [ beginLine |-> 12,
                    beginColumn |-> 9,
                    endLine |-> 12,
                    endColumn |-> 22,
                    module |-> "TLCSpec" ] ] },
      variables |->
          { [ name |-> "x",
              location |->
                  [ beginLine |-> 10,
                    beginColumn |-> 11,
                    endLine |-> 10,
                    endColumn |-> 11,
                    module |-> "TLCSpec" ] ],
            [ name |-> "y",
              location |->
                  [ beginLine |-> 11,
                    beginColumn |-> 11,
                    endLine |-> 11,
                    endColumn |-> 11,
                    module |-> "TLCSpec" ] ] },
      actionconstraints |->
          { [ name |-> "ACon",
              location |->
                  [ beginLine |-> 18,
                    beginColumn |-> 1,
                    endLine |-> 18,
                    endColumn |-> 14,
                    module |-> "TLCSpec" ] ] },
      constraints |->
          { [ name |-> "Con",
              location |->
                  [ beginLine |-> 17,
                    beginColumn |-> 1,
                    endLine |-> 17,
                    endColumn |-> 13,
                    module |-> "TLCSpec" ] ] } ]
SpecOK == TLCGet("spec") = Expected \/ (PrintT(TLCGet("spec")) /\ FALSE)
====
