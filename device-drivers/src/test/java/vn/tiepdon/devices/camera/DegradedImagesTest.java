package vn.tiepdon.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CCCD-like QR made by qrencode, degraded with ffmpeg filters the way photos of cards and phone
 * screens are (rotated, blurred, noisy, small, at an angle, low contrast with dark corners, inverted), read back by
 * the chain; ZXing alone on the same set is printed beside it.
 */
class DegradedImagesTest {
    /** Name → ffmpeg filter applied to the clean qrencode PNG (6 px a module). */
    static final Map<String, String> DEGRADATIONS = new LinkedHashMap<>();

    static {
        DEGRADATIONS.put("clean", "null");
        DEGRADATIONS.put("rotated-30", "rotate=30*PI/180:fillcolor=white:ow=rotw(30*PI/180):oh=roth(30*PI/180)");
        DEGRADATIONS.put("blur", "gblur=sigma=2.5");
        DEGRADATIONS.put("noise", "format=gray,noise=alls=60:allf=u");
        DEGRADATIONS.put("small", "scale=iw*0.4:ih*0.4:flags=area");
        DEGRADATIONS.put("perspective", "pad=iw*1.4:ih*1.4:(ow-iw)/2:(oh-ih)/2:color=white,"
                + "perspective=x0=W*0.25:y0=H*0.1:x1=W*0.9:y1=0:x2=0:y2=H:x3=W*0.8:y3=H*0.85:sense=destination");
        DEGRADATIONS.put("low-contrast-vignette", "format=gray,eq=contrast=0.45:brightness=0.15,"
                + "vignette=angle=PI/5");
        DEGRADATIONS.put("phone-dark-mode", "negate");
        DEGRADATIONS.put("rotated-blur-noise", "rotate=-50*PI/180:fillcolor=white:ow=rotw(50*PI/180):oh=roth(50*PI/180),"
                + "gblur=sigma=1.8,format=gray,noise=alls=40:allf=u");
        DEGRADATIONS.put("small-blur-noise", "scale=iw*0.5:ih*0.5:flags=area,gblur=sigma=1.2,format=gray,noise=alls=45:allf=u");
    }

    @TempDir
    static Path dir;
    static Map<String, Path> images = new LinkedHashMap<>();

    @BeforeAll
    static void makeImages() throws IOException {
        QrPeers.assumeTool("qrencode");
        QrPeers.assumeTool("ffmpeg");
        Path clean = QrPeers.qrencode(dir, "cccd.png", QrPeers.CCCD_TEXT, 6);
        for (Map.Entry<String, String> d : DEGRADATIONS.entrySet()) {
            images.put(d.getKey(), QrPeers.ffmpegFilter(clean, d.getValue(), dir.resolve(d.getKey() + ".png")));
        }
    }

    @Test
    void theChainReadsEveryDegradedImageWithItsVietnameseText() throws IOException {
        DecoderChain chain = DecoderChain.standard();
        ZxingQrDecoder zxing = new ZxingQrDecoder();
        BoofCvQrDecoder boofcv = new BoofCvQrDecoder();
        List<String> missed = new ArrayList<>();
        int zxingRead = 0;
        int boofRead = 0;
        StringBuilder table = new StringBuilder("degraded set: image | BoofCV | ZXing | chain\n");
        for (Map.Entry<String, Path> image : images.entrySet()) {
            GrayFrame frame = ImageFrames.read(image.getValue());
            boolean z = zxing.decode(frame).filter(QrPeers.CCCD_TEXT::equals).isPresent();
            boolean b = boofcv.decode(frame).filter(QrPeers.CCCD_TEXT::equals).isPresent();
            boolean c = chain.decode(frame).filter(QrPeers.CCCD_TEXT::equals).isPresent();
            zxingRead += z ? 1 : 0;
            boofRead += b ? 1 : 0;
            table.append(String.format("  %-20s %-6s %-6s %s%n", image.getKey(), b, z, c));
            if (!c) {
                missed.add(image.getKey());
            }
        }
        table.append(String.format("  read: BoofCV %d, ZXing alone %d, chain %d of %d%n", boofRead, zxingRead,
                images.size() - missed.size(), images.size()));
        System.out.print(table);
        assertThat(missed).as("images the chain could not read").isEmpty();
    }
}
