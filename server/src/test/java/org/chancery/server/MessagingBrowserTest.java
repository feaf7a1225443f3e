package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.server.support.Browser;
import org.chancery.server.support.MessagingCalls;
import org.chancery.server.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Messaging in real headless Chromium, as the people of two posts use it: a drafter in London drafts a FLASH cable
 * (the live check flags a portion marked above the banner), saves it and submits it for clearance; the clearer
 * clears it; the releasing officer releases it and reads its numbers; the Department's duty officer finds it at the
 * top of the inbox, ahead of ROUTINE traffic received after it, acknowledges it and opens it in the reading room.
 */
class MessagingBrowserTest {

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
    void draftClearReleaseAndAcknowledgeAFlashCable() {
        signIn("lon-drafter");
        assertThat(driver.findElements(By.id("nav-release")))
                .as("a drafter sees no Release link")
                .isEmpty();
        assertThat(driver.findElements(By.id("nav-directory"))).isEmpty();
        driver.findElement(By.id("nav-drafts")).click();
        driver.findElement(By.id("new-draft")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-form")));

        type("declassify", "12/06/2036");
        type("classifiedBy", "Lena Drafter, Political Officer, reasons 1.4 (b) and (d)");
        type("tags", "PREL, PGOV, UK");
        type("subject", "(C) HMG READOUT OF THE CABINET MEETING");
        type("to-0-addressee", "RUEHC/SECSTATE WASHDC");
        new Select(driver.findElement(By.id("to-0-precedence"))).selectByVisibleText("FLASH");
        type("info-0-addressee", "AMEMBASSY PARIS");
        type("para-0-marking", "S");
        type("para-0-text", "Summary. The Cabinet agreed the negotiating line late in the evening. End summary.");
        type("signature", "DRAFTER");
        // the live check runs as the drafter types: a SECRET portion in a CONFIDENTIAL cable breaks the banner rule
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "CHN-B001"));
        browser.screenshot("draft-check");
        WebElement marking = driver.findElement(By.id("para-0-marking"));
        marking.clear();
        marking.sendKeys("C");
        browser.waiting().until(d -> !d.findElement(By.id("findings")).getText().contains("CHN-B001"));
        driver.findElement(By.id("save-draft")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-id")));
        String draftId = driver.findElement(By.id("draft-id")).getText();
        assertThat(driver.findElement(By.id("notice")).getText()).contains("saved as version 1");
        assertThat(driver.findElement(By.id("findings")).getText()).doesNotContain("error");

        type("clearer", "lon-clearer");
        driver.findElement(By.id("submit-clearance")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "submitted to lon-clearer"));
        assertThat(driver.findElement(By.id("draft-state")).getText()).isEqualTo("IN CLEARANCE");
        browser.screenshot("draft");
        signOut();

        signIn("lon-clearer");
        driver.findElement(By.id("nav-toclear")).click();
        driver.findElements(By.cssSelector(".clear-link")).stream()
                .filter(a -> a.getText().equals(draftId))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decide-form")));
        assertThat(driver.findElement(By.id("subject")).isEnabled())
                .as("a clearer reads the draft but does not edit it")
                .isFalse();
        type("comment", "Fine to go.");
        driver.findElement(By.id("clear-draft")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("notice"), "Draft " + draftId + " cleared"));
        signOut();

        signIn("lon-releaser");
        driver.findElement(By.id("nav-release")).click();
        driver.findElement(By.id("release-" + draftId)).click();
        WebElement released =
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("released-now")));
        String ref = driver.findElement(By.id("released-ref")).getText();
        assertThat(ref).matches("\\d\\dLONDON\\d+");
        assertThat(driver.findElement(By.id("released-dtg")).getText()).matches("\\d{6}Z [A-Z]{3} \\d\\d");
        assertThat(released.findElements(By.cssSelector("#released-deliveries .mcn")))
                .hasSize(2)
                .allSatisfy(mcn -> assertThat(mcn.getText()).matches("\\d{4}"));
        browser.screenshot("released");
        signOut();

        // ROUTINE traffic received after the FLASH cable: the inbox must still put the FLASH cable first
        String routine = new MessagingCalls(server).released(MessagingCalls.londonDraft("LATER ROUTINE", "ROUTINE"));

        signIn("dept-duty");
        driver.findElement(By.id("nav-inbox")).click();
        browser.waiting().until(d -> {
            d.navigate().refresh();
            List<String> refs = inboxOrder();
            return refs.contains(ref) && refs.contains(routine);
        });
        List<String> order = inboxOrder();
        assertThat(order.indexOf(ref)).isLessThan(order.indexOf(routine));
        WebElement row = row(ref);
        assertThat(row.getDomAttribute("class")).contains("awaiting");
        assertThat(row.getDomAttribute("data-precedence")).isEqualTo("FLASH");
        assertThat(row.findElement(By.cssSelector(".time-left")).getText()).endsWith("left");
        browser.screenshot("inbox");
        driver.findElement(By.id("ack-" + ref)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "acknowledged"));
        assertThat(row(ref).getText()).contains("acknowledged by dept-duty");
        assertThat(row(ref).getDomAttribute("class")).doesNotContain("awaiting");

        row(ref).findElement(By.cssSelector(".inbox-link")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ref));
        assertThat(driver.findElement(By.cssSelector(".decoded")).getText()).contains("Embassy London");
        assertThat(browser.severeConsoleMessages())
                .as("console errors (CSP refusals, script errors)")
                .isEmpty();
    }

    private List<String> inboxOrder() {
        return driver.findElements(By.cssSelector("#inbox .inbox-row")).stream()
                .map(r -> r.getDomAttribute("data-ref"))
                .toList();
    }

    private WebElement row(String ref) {
        return driver.findElement(By.cssSelector("#inbox .inbox-row[data-ref='" + ref + "']"));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String name) {
        driver.get(server.base() + "/signin");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.id("signin")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signout")));
    }

    private void signOut() {
        driver.findElement(By.id("signout")).click();
        browser.waiting().until(ExpectedConditions.urlContains("signedout"));
    }
}
