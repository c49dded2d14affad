package simulate

import (
	"math"
	"testing"
)

// Java's Double.compare orders NaN above everything and -0.0 below 0.0,
// which the learner's sort of its weights relies on (all weights are NaN
// once every action is known disabled in a state: 0/0).
func TestJavaDoubleCompare(t *testing.T) {
	nan, negZero := math.NaN(), math.Copysign(0, -1)
	for _, c := range []struct {
		a, b float64
		want int
	}{
		{1, 2, -1}, {2, 1, 1}, {1, 1, 0},
		{nan, math.Inf(1), 1}, {math.Inf(1), nan, -1}, {nan, nan, 0},
		{negZero, 0, -1}, {0, negZero, 1},
	} {
		if got := javaDoubleCompare(c.a, c.b); got != c.want {
			t.Errorf("compare(%v, %v) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// The draw among actions with the same weight takes them in their order
// (Collections.sort is stable); with every action disabled in a state
// (weights 0/0), it falls back to the last one, as TLC's does.
func TestQLearnerFirst(t *testing.T) {
	l := newQLearner(SchedRL, 4)
	// Equal weights: the first whose cumulative weight reaches the draw.
	rng := newJavaRand(1)
	nd := newJavaRand(1).nextDouble()
	if got, want := l.first(rng, 7), int(math.Floor(nd*4)); got != want {
		t.Errorf("equal weights: drew %d, want %d (draw %v)", got, want, nd)
	}
	for a := range 4 {
		l.disabled(a, 7)
	}
	if got := l.first(newJavaRand(1), 7); got != 3 {
		t.Errorf("all disabled: drew %d, want the last action, 3", got)
	}
	// One action left: it is drawn whatever the draw.
	l.q[1][9], l.q[0][9], l.q[2][9], l.q[3][9] = 0, rlMinQ, rlMinQ, rlMinQ
	for seed := range int64(20) {
		if got := l.first(newJavaRand(seed), 9); got != 1 {
			t.Fatalf("seed %d: drew %d, want the only enabled action, 1", seed, got)
		}
	}
}

// Learning from a behaviour a -> b -> c: the last step's action in b gets
// (1-alpha)*0 + alpha*(reward + gamma*max), max the least Q-value (c has
// none); the first step's in a then uses b's best, 0 for an action never
// learnt there.
func TestQLearnerLearn(t *testing.T) {
	l := newQLearner(SchedRL, 2)
	l.first(newJavaRand(1), 10) // a, b expanded: their Q-values start at 0
	l.first(newJavaRand(1), 20)
	l.learn([]uint64{10, 20, 30}, []int{0, 1, 0}, defaultReward)
	// In doubles, each operation rounded, as Java computes it (a constant
	// expression would be exact, one ulp away).
	alpha, gamma, reward, least := 0.3, 0.7, -10.0, rlMinQ
	wantB := float64(alpha * float64(reward+float64(gamma*least)))
	if got := l.q[0][20]; got != wantB {
		t.Errorf("q[0][b] = %v, want %v", got, wantB)
	}
	wantA := alpha * reward // b's best is action 1's 0
	if got := l.q[1][10]; got != wantA {
		t.Errorf("q[1][a] = %v, want %v", got, wantA)
	}
	byAction := newQLearner(SchedRLAction, 2)
	byAction.first(newJavaRand(1), 0)
	byAction.learn([]uint64{0, 1}, []int{0, 0}, defaultReward)
	if got := byAction.q[0][0]; got != 0 {
		t.Errorf("sched=rlaction learnt %v from a behaviour, want nothing", got)
	}
}

// defaultReward is TLC's reward of every step without _RL_REWARD.
func defaultReward(int) (float64, error) { return rlReward, nil }
