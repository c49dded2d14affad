package model

// RLNullState is the message of the NullPointerException TLC's sched=rl
// simulator (rev cc6b616, RLSimulationWorker.postTrace) dies of when it
// learns from a behaviour it has handed out with its stuttering steps
// left out (SimulationWorker.getTrace, for the temporal properties or a
// file=): the states' levels still count them, so its walk back from the
// last state runs past the initial one (a NullPointerException, printed
// as TLC's unexpected exception, exit 255).
const RLNullState = `Cannot invoke "tlc2.tool.TLCState.fingerPrint()" because "state" is null`
