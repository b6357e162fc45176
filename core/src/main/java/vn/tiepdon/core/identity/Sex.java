package vn.tiepdon.core.identity;

public enum Sex { MALE, FEMALE }
