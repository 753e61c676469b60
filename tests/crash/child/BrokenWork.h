#pragma once

namespace rd {
class Store;
}

namespace rd::crash {

class AckWriter;
struct ChildOptions;

// Deliberately wrong work for the harness's self-test (HarnessSelfTest_test.cpp): each breaks
// one rule the checks guard, with a pause where a kill finds the damage every time.
// ack-vooraf: acknowledges a coupling of the first of `ids` before its transaction, pauses,
// then couples.
int ackVooraf(Store &store, const ChildOptions &options, AckWriter &ack);
// herverdeling-in-twee: writes a herverdeling's header and its lines in two transactions,
// with "mid 1" and a pause between them.
int herverdelingInTwee(Store &store, const ChildOptions &options, AckWriter &ack);

} // namespace rd::crash
