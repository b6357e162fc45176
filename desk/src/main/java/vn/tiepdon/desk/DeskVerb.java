package vn.tiepdon.desk;

/** What the receptionist asked for. */
public enum DeskVerb { NEXT, RECALL, SKIP, FINISH, REFRESH }
