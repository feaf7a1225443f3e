package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.server.support.Browser;
import org.chancery.server.support.CraftedCables;
import org.chancery.server.support.TestServer;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The reading room in real headless Chromium, as a reader uses it; screenshots go to target/screenshots. */
class ReadingRoomBrowserTest {

    private final TestServer server = TestServer.get();
    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void open() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void signInSearchNarrowByAFacetOpenACableFollowAReferenceAndSignOut() {
        driver.get(server.base() + "/search");
        assertThat(driver.getCurrentUrl()).endsWith("/signin");
        browser.screenshot("signin");
        signIn("reader-ts");

        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        String tag = server.archive().cables().getFirst().tags().getFirst();
        box.sendKeys("tag:" + tag);
        driver.findElement(By.id("search-button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("q=tag"));
        browser.waiting().until(d -> hitCount() > 0);
        long all = hitCount();
        assertThat(all).isPositive();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart svg")));
        browser.screenshot("search");
        browser.phoneSize();
        browser.screenshot("search-phone");
        browser.laptopSize();

        WebElement facet = driver.findElement(By.cssSelector("[data-facet=origin] .facet-value"));
        String origin = facet.findElement(By.tagName("span")).getText();
        long expected = Long.parseLong(
                facet.findElement(By.className("count")).getText().replace(",", ""));
        facet.click();
        browser.waiting().until(ExpectedConditions.urlContains("origin"));
        browser.waiting().until(d -> hitCount() == expected);
        assertThat(driver.getCurrentUrl())
                .contains(java.net.URLEncoder.encode(origin, java.nio.charset.StandardCharsets.UTF_8));
        for (WebElement meta : driver.findElements(By.cssSelector(".hit .meta"))) {
            assertThat(meta.getText()).contains(origin);
        }

        WebElement first = driver.findElement(By.cssSelector(".hit-link"));
        String id = first.getText();
        first.click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".telegram-text")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(id);
        assertThat(driver.findElement(By.cssSelector(".decoded")).getText()).contains("Originator");
        browser.screenshot("cable");
        browser.phoneSize();
        browser.screenshot("cable-phone");
        browser.laptopSize();

        Cable citing = citingCable();
        String cited = citing.references().stream()
                .map(Reference::id)
                .filter(archived()::contains)
                .findFirst()
                .orElseThrow();
        driver.get(server.base() + "/cables/" + citing.referenceId());
        driver.findElements(By.cssSelector(".ref-link")).stream()
                .filter(a -> a.getText().equals(cited))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), cited));
        assertThat(driver.findElement(By.cssSelector(".cited-by")).getText()).contains(citing.referenceId());

        driver.findElement(By.id("graph-link")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.graph .node")));
        browser.screenshot("graph");
        driver.get(server.base() + "/stats");
        browser.screenshot("stats");
        driver.get(server.base() + "/browse");
        browser.screenshot("browse");

        assertThat(browser.severeConsoleMessages())
                .as("console errors (CSP refusals, script errors)")
                .isEmpty();

        driver.findElement(By.id("signout")).click();
        browser.waiting().until(ExpectedConditions.urlContains("signedout"));
        driver.get(server.base() + "/search");
        assertThat(driver.getCurrentUrl()).endsWith("/signin");
    }

    @Test
    void aReaderClearedForTheCableButNotForAParagraphSeesItWithheld() {
        driver.get(server.base() + "/signin");
        signIn("reader-c");
        driver.get(server.base() + "/cables/" + CraftedCables.C_SECRET_PARAGRAPH);
        WebElement withheld = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".telegram-text .withheld")));
        assertThat(withheld.getText()).contains("withheld");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", withheld);
        assertThat(driver.findElement(By.id("withheld-notice")).getText()).contains("withheld");
        String secret = server.archive()
                .crafted()
                .get(CraftedCables.C_SECRET_PARAGRAPH)
                .paragraphs()
                .get(1)
                .text();
        assertThat(driver.findElement(By.cssSelector(".telegram-text"))
                        .getText()
                        .replaceAll("\\s+", " "))
                .doesNotContain(secret.substring(0, 40).replaceAll("\\s+", " "));
        browser.screenshot("cable-withheld");
    }

    @Test
    void theAdministratorSeesAlertsAndAccounts() {
        driver.get(server.base() + "/signin");
        signIn("admin");
        driver.get(server.base() + "/admin");
        assertThat(driver.findElement(By.id("accounts")).getText())
                .contains("reader-gbr")
                .contains("GBR");
        browser.screenshot("admin");
    }

    private void signIn(String name) {
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.id("signin")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));
    }

    private long hitCount() {
        return Long.parseLong(driver.findElement(By.cssSelector("#hit-count strong"))
                .getText()
                .replace(",", ""));
    }

    /** Generated cables reader-ts may open (the archive's own policy decides which, as it does for the page). */
    private Set<String> archived() {
        AccessPolicy policy = server.bean(AccessPolicy.class);
        Principal reader = TestServer.READERS.get("reader-ts");
        return server.archive().cables().stream()
                .filter(c -> policy.permits(reader, c))
                .map(Cable::referenceId)
                .collect(Collectors.toSet());
    }

    private Cable citingCable() {
        Set<String> ids = archived();
        List<Cable> citing = server.archive().cables().stream()
                .filter(c -> ids.contains(c.referenceId()))
                .filter(c -> c.references().stream().map(Reference::id).anyMatch(ids::contains))
                .toList();
        assertThat(citing).as("generated cables citing another generated cable").isNotEmpty();
        return citing.getFirst();
    }
}
