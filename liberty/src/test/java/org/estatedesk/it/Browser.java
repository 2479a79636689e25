package org.estatedesk.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the page tests (Debian's chromium and chromium-driver): one browser per test class, a
 * form login, waits for PrimeFaces ajax and screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    final ChromeDriver driver;
    final WebDriverWait wait;
    /** The browser's profile, a directory of its own that {@link #close} removes (left behind, 800 filled /tmp). */
    private final Path profile;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            profile = Files.createTempDirectory("chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // an ajax update replaces the elements a condition is looking at: look again rather than fail
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Opens a page; the login form comes first, then the page itself. */
    Browser loginAndOpen(String user, String path) {
        return loginAndOpen(user, "demo", path);
    }

    /** Opens a page as a user with a password of his own (a fresh staff member's). */
    Browser loginAndOpen(String user, String password, String path) {
        driver.get(Api.BASE + path);
        // the suite's first page of a fresh server starts the Faces runtime (on a busy machine past 30 s): wait longer
        new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".layout-content")));
        } catch (RuntimeException e) {
            screenshot("login-failed-" + user);
            throw e;
        }
        return this;
    }

    void open(String path) {
        driver.get(Api.BASE + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    }

    /** Waits for an element; on a timeout leaves a screenshot of what the page showed instead. */
    WebElement find(String css) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (RuntimeException e) {
            screenshot("missing-" + css.replaceAll("[^A-Za-z0-9-]", "_"));
            throw e;
        }
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void type(String css, String text) {
        find(css);
        // a dialog may still be opening: type only once the field can take input
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        // select and delete rather than clear(): PrimeFaces' number inputs (AutoNumeric) ignore clear()
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces datePicker's input and checks that it stayed: a picker may reformat or drop a
     * value typed while it initialises, so it types again (then leaves the field with TAB).
     */
    void typeDate(String css, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            type(css, text);
            find(css).sendKeys(Keys.TAB);
            if (text.equals(find(css).getAttribute("value"))) {
                return;
            }
        }
        throw new IllegalStateException("the date " + text + " did not stay in " + css);
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Chooses an item of a PrimeFaces selectOneMenu by its label. */
    void select(String menuId, String label) {
        clickOnTop(opened(menuId, "li.ui-selectonemenu-item[data-label='" + label + "']"));
        ajaxDone();
    }

    /**
     * Opens a selectOneMenu and returns its item shown in the open panel. A click on the trigger that does not open
     * the panel — the menu re-rendered by the ajax update of another field just before, its new panel not yet bound,
     * or a click taken as "close" by a menu that still thought itself open — is repeated, up to three times, each
     * waiting a few seconds for the panel (PassesIT once waited the whole 30 s for a panel that never opened).
     */
    private WebElement opened(String menuId, String itemCss) {
        String css = "[id$='" + menuId + "_panel'] " + itemCss;
        for (int attempt = 0; attempt < 2; attempt++) {
            click("[id$='" + menuId + "'] .ui-selectonemenu-trigger");
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector(css))
                        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                screenshot("menu-not-opened-" + menuId);
            }
        }
        click("[id$='" + menuId + "'] .ui-selectonemenu-trigger");
        return shown(css);
    }

    /**
     * The element shown on the page among those the selector finds: after an ajax update a menu's old panel may
     * still hang, hidden, in the body beside the new one (the first match was then "not interactable").
     */
    private WebElement shown(String css) {
        try {
            return wait.until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElse(null));
        } catch (RuntimeException e) {
            screenshot("not-shown-" + css.replaceAll("[^A-Za-z0-9-]", "_"));
            throw e;
        }
    }

    /**
     * Clicks an item of a menu's panel once the panel has finished sliding open and the item is what the page shows
     * at its centre, scrolling only the panel's own list to it: scrolling the page (scrollIntoView) made PrimeFaces
     * close the panel, so the click then landed on a dialog's modal mask or found the item hidden
     * (ElementClickInterceptedException and "element not interactable" in PassesIT and ServiceDeskPagesIT).
     */
    private void clickOnTop(WebElement item) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                var item = arguments[0], panel = item.closest('.ui-selectonemenu-panel, .ui-selectcheckboxmenu-panel');
                if (panel && window.jQuery && jQuery(panel).is(':animated')) { return false; }
                // scroll the list inside its panel only: PrimeFaces closes an open panel when the page scrolls
                var list = item.closest('.ui-selectonemenu-items-wrapper, .ui-selectcheckboxmenu-items-wrapper');
                if (list) {
                    var ir = item.getBoundingClientRect(), lr = list.getBoundingClientRect();
                    if (ir.top < lr.top || ir.bottom > lr.bottom) {
                        list.scrollTop += ir.top - lr.top - (lr.height - ir.height) / 2;
                        return false;
                    }
                }
                var r = item.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) { return false; }
                var top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return top === item || item.contains(top);""", item)));
        item.click();
    }

    /** Chooses the item of a PrimeFaces selectOneMenu whose label contains the text. */
    void selectContaining(String menuId, String text) {
        // a long list may still be sliding open when the item is clicked: check the label and try again
        for (int attempt = 0; attempt < 3; attempt++) {
            clickOnTop(opened(menuId, "li.ui-selectonemenu-item[data-label*='" + text + "']"));
            ajaxDone();
            if (find("[id$='" + menuId + "_label']").getText().contains(text)) {
                return;
            }
        }
        throw new IllegalStateException("could not choose " + text + " in " + menuId);
    }

    /**
     * Types into a PrimeFaces autoComplete (the category picker, issue 20) and chooses the suggestion whose text
     * contains {@code suggestion}.
     */
    void pick(String autoCompleteId, String typed, String suggestion) {
        String input = "input[id$='" + autoCompleteId + "_input']";
        for (int attempt = 0; attempt < 3; attempt++) {
            type(input, typed);
            try {
                WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("[id$='" + autoCompleteId + "_panel'] li.ui-autocomplete-item")).stream()
                        .filter(WebElement::isDisplayed).filter(li -> li.getText().contains(suggestion)).findFirst()
                        .orElse(null));
                item.click();
                ajaxDone();
                if (find(input).getAttribute("value").contains(suggestion)) {
                    return;
                }
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                screenshot("no-suggestion-" + autoCompleteId);
            }
        }
        Object panels = driver.executeScript("return Array.from(document.querySelectorAll('.ui-autocomplete-panel'))"
                + ".map(p => p.id + ': ' + p.innerHTML.substring(0, 600)).join(' | ');");
        throw new IllegalStateException("could not pick " + suggestion + " in " + autoCompleteId + "; typed "
                + find(input).getAttribute("value") + "; panels: " + panels + "; " + whatThePageSays());
    }

    /** Ticks the item of a PrimeFaces selectCheckboxMenu whose label contains the text, and closes the panel. */
    void check(String menuId, String text) {
        click("[id$='" + menuId + "'] .ui-selectcheckboxmenu-trigger");
        find("[id$='" + menuId + "_panel'] li.ui-selectcheckboxmenu-item");
        // by the item's text content, not getText(): a long list shows only its first items, and WebDriver gives no
        // text for an item scrolled out of the panel's view (BillingPagesIT failed so once the suite had made many
        // estates)
        WebElement item = null;
        List<String> labels = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("[id$='" + menuId + "_panel'] li.ui-selectcheckboxmenu-item"))) {
            String label = li.getAttribute("textContent");
            labels.add(label);
            if (label != null && label.contains(text)) {
                item = li;
            }
        }
        if (item == null) {
            screenshot("no-item-" + menuId);
            throw new IllegalStateException("no item " + text + " in " + menuId + " among " + labels.size() + ": "
                    + String.join(" | ", labels.subList(0, Math.min(labels.size(), 40))));
        }
        driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
        wait.until(ExpectedConditions.elementToBeClickable(item.findElement(By.cssSelector(".ui-chkbox-box")))).click();
        click("[id$='" + menuId + "_panel'] .ui-selectcheckboxmenu-close");
        ajaxDone();
    }

    /** Clicks a button and waits for its ajax request to finish. */
    void press(String css) {
        click(css);
        ajaxDone();
    }

    /** Waits until the page's text contains a string. */
    void waitForText(String text) {
        try {
            wait.until(d -> text().contains(text));
        } catch (RuntimeException e) {
            screenshot("missing-text-" + text.replaceAll("[^A-Za-z0-9]", "_"));
            // the CI log is all a failed run leaves: say what the page showed instead
            throw new IllegalStateException("the page never showed \"" + text + "\"; " + whatThePageSays(), e);
        }
    }

    /** Where the browser is and what its messages, growls and open dialogs say, for a failure's message. */
    String whatThePageSays() {
        try {
            Object said = driver.executeScript("""
                    var parts = [];
                    document.querySelectorAll('.ui-messages, .ui-message, .ui-growl, .ui-dialog[aria-hidden=false]')
                        .forEach(function (e) { var t = (e.innerText || '').trim(); if (t) { parts.push(t); } });
                    return parts.join(' | ');""");
            String messages = said == null ? "" : said.toString().replaceAll("\\s+", " ");
            return "at " + driver.getCurrentUrl() + ", messages: "
                    + (messages.isEmpty() ? "none" : messages.substring(0, Math.min(600, messages.length())));
        } catch (RuntimeException e) {
            return "the page could not be read: " + e.getMessage();
        }
    }

    /** The page's width and the window's, in CSS pixels: a page that fits a phone is no wider than its window. */
    long[] widths() {
        long page = ((Number) driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
        long screen = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
        return new long[] {page, screen};
    }

    /**
     * The innermost elements that reach beyond the window's right edge (tag, id, classes, right edge), at most five:
     * what makes a page wider than a phone.
     */
    String beyondTheScreen() {
        Object found = driver.executeScript("""
                var w = window.innerWidth, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > w + 1 && r.width > 0 && !Array.from(e.children).some(function (c) {
                            return c.getBoundingClientRect().right > w + 1; })) {
                        out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                            ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' → ' + Math.round(r.right));
                    }
                });
                return out.slice(0, 5).join('; ');""");
        return found == null ? "" : found.toString();
    }

    /** Fails unless the page fits the window's width (no scrolling sideways). */
    void assertFitsTheScreen(String what) {
        long[] w = widths();
        if (w[0] > w[1]) {
            screenshot("too-wide-" + what.replaceAll("[^A-Za-z0-9]+", "_"));
            throw new AssertionError(what + " is " + w[0] + " px wide on a " + w[1] + " px screen: " + beyondTheScreen());
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The address of a link (or of the link inside a PrimeFaces link button). */
    String href(String css) {
        WebElement e = find(css);
        return e.getTagName().equals("a") ? e.getAttribute("href") : e.findElement(By.tagName("a")).getAttribute("href");
    }

    /** GETs what a link of the page points to in the browser's login session (a PDF the browser would show). */
    Api.Download fetch(String href) {
        String path = href.startsWith(Api.BASE) ? href.substring(Api.BASE.length()) : href;
        StringBuilder cookies = new StringBuilder();
        for (org.openqa.selenium.Cookie c : driver.manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        return Api.download(null, path, "Cookie", cookies.toString());
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file still held by a dying browser process: left for the OS's temp cleaning
            }
        }
    }
}
