package dev.stagelens.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The report page at {@code /}, driven in headless Chromium as a person would use it. */
@QuarkusTest
class ReportPageTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TestHTTPResource("/")
  URL page;

  private WebDriver driver;
  private Path profile;

  @BeforeEach
  void open() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed: apt-get install -y chromium chromium-driver");
    profile = Files.createTempDirectory("stagelens-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1800));
    driver.get(page.toString());
  }

  @AfterEach
  void close() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void analyse(String dockerfile) {
    WebElement text = driver.findElement(By.id("dockerfile"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", text, dockerfile);
    driver.findElement(By.id("analyse")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stage-graph")));
  }

  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void tutorial_graphShowsTwoBuiltStagesAndOneCopyEdge() throws IOException {
    analyse(SharedFiles.read("cases/tutorial/Dockerfile"));
    assertEquals(2, driver.findElements(By.cssSelector("#stage-graph g.stage.built")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#stage-graph g.edge")).size());
    assertEquals(1, driver.findElements(By.cssSelector("#stage-graph g.edge.copy")).size());
    assertEquals(List.of("copy · line 10"), texts("#stage-graph g.edge text"));
    screenshot("report-page-tutorial.png");
  }

  @Test
  void tutorial_trackerShowsTheFinalStageHoldingOnlyTheBuiltOutput() {
    analyse(SharedFiles.read("cases/tutorial/Dockerfile"));
    assertEquals(
        List.of("—", "/app, /app/dist", "/app, /app/dist"),
        texts("table.tracker[data-stage='1'] tbody td.present"));
    assertEquals("/app, /app/dist", texts("#steps-table tbody tr:nth-child(9) td.present").get(0));
  }

  @Test
  void target_skipsTheStageTheTargetDoesNotNeed() {
    driver.findElement(By.id("target")).sendKeys("build");
    analyse(SharedFiles.read("cases/tutorial/Dockerfile"));
    assertEquals(1, driver.findElements(By.cssSelector("#stage-graph g.stage.skipped")).size());
  }

  @Test
  void keyboardOnly_tabReachesTheButtonAndEnterAnalyses() {
    WebElement text = driver.findElement(By.id("dockerfile"));
    text.sendKeys("FROM alpine:3.20\nRUN apt-get update\n");
    driver.findElement(By.id("build-args")).click();
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals("analyse", driver.switchTo().activeElement().getAttribute("id"));
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stage-graph")));
    assertEquals(1, driver.findElements(By.cssSelector("#stage-graph g.stage")).size());
  }

  @Test
  void singleStageNode_optimisedPanelShowsTheSplitItsDiffAndTheSaving() throws IOException {
    analyse(Files.readString(Path.of("src/test/resources/optimize/node-single-stage.Dockerfile")));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#optimised-changes li")));

    assertEquals(List.of("multi-stage"), texts("#optimised-changes li strong"));
    assertTrue(
        driver
            .findElement(By.id("optimised-statement"))
            .getText()
            .endsWith("Estimate: 1.44 GB → 387.3 MB."),
        driver.findElement(By.id("optimised-statement")).getText());
    assertEquals(
        List.of("+FROM node:18 AS build", "+FROM node:18-slim"),
        texts("#optimised-diff span.added").stream()
            .filter(line -> line.startsWith("+FROM"))
            .toList());
    assertTrue(
        driver
            .findElement(By.id("optimised-dockerfile"))
            .getText()
            .contains("COPY --from=build /app /app"));
    screenshot("report-page-optimised.png");
  }

  @Test
  void badDockerfile_showsTheProblemInTheStatus() {
    driver.findElement(By.id("dockerfile")).sendKeys("FROM alpine\nENV ONLYKEY\n");
    driver.findElement(By.id("analyse")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
    assertEquals(
        "Dockerfile does not parse: line 2: ENV must have two arguments",
        driver.findElement(By.id("status")).getText());
  }

  @Test
  void phoneWidth_pageFitsWithoutSideScrolling() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 2400));
    analyse(SharedFiles.read("cases/tutorial/Dockerfile"));
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    assertEquals(false, overflow);
    screenshot("report-page-phone.png");
  }

  private void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
