package vn.tiepdon.devices.smartcard;

/** The files of a CCCD chip's eMRTD application that tiepdon reads or writes (ICAO 9303-10 file identifiers). */
public enum LdsFile {
    COM(0x011E, 0, "EF.COM"),
    DG1(0x0101, 1, "DG1"),
    DG2(0x0102, 2, "DG2"),
    DG13(0x010D, 13, "DG13"),
    DG15(0x010F, 15, "DG15"),
    SOD(0x011D, 0, "EF.SOD");

    private final short fid;
    private final int dataGroup;
    private final String fileName;

    LdsFile(int fid, int dataGroup, String fileName) {
        this.fid = (short) fid;
        this.dataGroup = dataGroup;
        this.fileName = fileName;
    }

    public short fid() {
        return fid;
    }

    /** The data group number, 0 for EF.COM and EF.SOD (which the SOD does not hash). */
    public int dataGroup() {
        return dataGroup;
    }

    /** The file's name in a card folder, as the emulator {@code cccd_vicc.py} loads it. */
    public String fileName() {
        return fileName;
    }
}
