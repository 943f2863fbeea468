package dev.stagelens.optimize;

import java.util.List;

/** One kind of change the optimiser can make, offered wherever it applies to the file. */
interface Rewrite {

  /** The stable id of the rewrite, as changes report it. */
  String id();

  /** The changes this rewrite offers for {@code draft}, none overlapping another. */
  List<Proposal> propose(Draft draft);
}
