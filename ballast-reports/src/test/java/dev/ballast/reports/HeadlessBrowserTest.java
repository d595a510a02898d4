package dev.ballast.reports;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a generated report in headless Chromium (when {@code /usr/bin/chromium} exists; Debian:
 * {@code apt-get install -y chromium}) and checks the screenshot shows text and the embedded heat
 * maps. The page is a local file and background networking is off, so nothing is fetched.
 */
class HeadlessBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int TIMEOUT_SEC = 120;

  @TempDir
  Path dir;

  @Test
  void chromiumRendersThePageAndItsEmbeddedFigures() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "no Chromium at " + CHROMIUM + "; install it with: apt-get install -y chromium");
    ReportFixtures fixtures = new ReportFixtures(7L);
    Path page = HtmlReport.write(dir.resolve("run"), "headless check", fixtures.report,
        List.of(fixtures.emotion, fixtures.events), ReportFixtures.trainingSupport(),
        ReportFixtures.provenance()).get(0);
    Path screenshot = dir.resolve("screenshot.png");
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
        "--screenshot=" + screenshot, "--window-size=1400,4000", page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    if (!chromium.waitFor(TIMEOUT_SEC, TimeUnit.SECONDS)) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      fail("Chromium did not finish within " + TIMEOUT_SEC + " s; log:\n"
          + Files.readString(dir.resolve("chromium.log")));
    }
    assertTrue(Files.isRegularFile(screenshot) && Files.size(screenshot) > 0,
        "no screenshot; Chromium log:\n" + Files.readString(dir.resolve("chromium.log")));
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertNotNull(image, "screenshot is not a PNG");
    long pixels = (long) image.getWidth() * image.getHeight();
    long nonWhite = 0;
    long heatMap = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        nonWhite += rgb == 0xFFFFFF ? 0 : 1;
        heatMap += onPalette(rgb) ? 1 : 0;
      }
    }
    assertTrue(nonWhite > pixels / 100, "screenshot is (nearly) blank: " + nonWhite + " of "
        + pixels + " pixels are not white");
    assertTrue(heatMap > 20_000, "only " + heatMap + " pixels in the heat maps' blues; the embedded"
        + " figures did not render");
  }

  /** Whether {@code rgb} is one of the heat maps' medium-to-dark blues (text and links are not). */
  private static boolean onPalette(int rgb) {
    int r = rgb >> 16 & 0xFF;
    int g = rgb >> 8 & 0xFF;
    int b = rgb & 0xFF;
    if (b - r < 40) {
      return false;
    }
    for (int i = 30; i <= 100; i++) {
      Color c = HeatCells.shade(i / 100.0);
      if (Math.abs(c.getRed() - r) <= 6 && Math.abs(c.getGreen() - g) <= 6
          && Math.abs(c.getBlue() - b) <= 6) {
        return true;
      }
    }
    return false;
  }
}
