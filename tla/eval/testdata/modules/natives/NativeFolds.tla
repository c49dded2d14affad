---- MODULE NativeFolds ----
\* The native folds against TLC with the CommunityModules' Java overrides
\* (which replace the stand-in definitions beside this file): every
\* ASSUME holds in TLC (no behaviour: success with 0 states). Cat is not
\* commutative, so each value records the order of the fold: TLC's
\* overrides fold a set's elements (or a function's values, in the order
\* of its domain) first innermost; FoldLeft from the left, FoldRight from
\* the right; MapThenFoldSet (no override) as its definition says, the
\* first element chosen outermost. Evaluated as written, the stand-in
\* FoldSet would give <<3, 2, 1>> for the first.
EXTENDS Naturals, Sequences, FiniteSetsExt, Functions, SequencesExt, Folds
Cat(x, acc) == acc \o <<x>>
ASSUME FoldSet(Cat, <<>>, {3, 1, 2}) = <<1, 2, 3>>
ASSUME FoldSet(LAMBDA x, acc : acc \o <<x>>, <<>>, 1..4) = <<1, 2, 3, 4>>
ASSUME ReduceSet(Cat, {5, 4, 6}, <<0>>) = <<0, 4, 5, 6>>
ASSUME FoldSet(Cat, <<>>, {<<2>>, <<1, 1>>, <<1>>}) = <<<<1>>, <<2>>, <<1, 1>>>>
ASSUME FoldSet(Cat, <<>>, {}) = <<>>
ASSUME FoldSet(+, 0, 1..100) = 5050
ASSUME FoldFunction(Cat, <<>>, [i \in {3, 1, 2} |-> 10 * i]) = <<10, 20, 30>>
ASSUME FoldFunctionOnSet(Cat, <<>>, <<7, 8, 9>>, {3, 1}) = <<7, 9>>
ASSUME FoldSeq(Cat, <<>>, <<7, 8, 9>>) = <<7, 8, 9>>
ASSUME FoldLeft(LAMBDA acc, x : acc \o <<x>>, <<>>, <<7, 8, 9>>) = <<7, 8, 9>>
ASSUME FoldRight(Cat, <<7, 8, 9>>, <<>>) = <<9, 8, 7>>
ASSUME MapThenFoldSet(Cat, <<>>, LAMBDA x : 2 * x, LAMBDA s : CHOOSE x \in s : TRUE, {1, 2, 3}) = <<6, 4, 2>>
ASSUME MapThenFoldSet(Cat, <<>>, LAMBDA x : x, LAMBDA s : CHOOSE x \in s : \A y \in s : x >= y, {1, 2, 3}) = <<1, 2, 3>>
====
