package vn.tiepdon.devices.scanning;

/** Whether a scanner's port is open; reported on each change only, never once per retry. */
public enum ScannerHealth {
    CONNECTED, DISCONNECTED
}
