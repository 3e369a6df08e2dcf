package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/factgraph/ingest"
	"github.com/factgraph/factgraph/internal/shareddata"
)

// chromium returns the path of a Chromium binary: $FACTGRAPH_CHROMIUM, or
// chromium, chromium-browser, google-chrome on $PATH; "" when none.
func chromium() string {
	if p := os.Getenv("FACTGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifacts returns the folder for screenshots: $FACTGRAPH_ARTIFACTS, or
// a temporary folder of the test.
func artifacts(t *testing.T) string {
	dir := os.Getenv("FACTGRAPH_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// render loads url in headless Chromium, saves a screenshot to shot (when
// not empty) and returns the DOM after the page's scripts ran.
func render(t *testing.T, bin, url, shot string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	profile := t.TempDir()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
		"--disable-default-apps", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir=" + profile, "--virtual-time-budget=8000",
		"--window-size=1280,900", "--dump-dom",
	}
	if shot != "" {
		args = append(args, "--screenshot="+shot)
	}
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, lastLines(stderr.String(), 10))
	}
	dom := string(out)
	if !strings.Contains(dom, `data-ready="1"`) {
		t.Fatalf("%s: the page did not finish rendering:\n%s", url, prefix(dom, 3000))
	}
	return dom
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TestBrowser drives headless Chromium over the UI, served on loopback
// with the example article and a text holding markup: it checks the
// rendered DOM of each page and saves screenshots to $FACTGRAPH_ARTIFACTS.
// It skips when no Chromium is installed (scripts/install-chromium.sh).
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium binary found (run scripts/install-chromium.sh, or set FACTGRAPH_CHROMIUM)")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	dir := artifacts(t)
	t.Logf("screenshots in %s", dir)

	st := openStore(t)
	srv := httptest.NewServer(New(st, realPipeline(t), Options{Token: testToken}))
	defer srv.Close()
	// The NEREL dev texts beside the example, as in the done-when of the
	// store (docs/server.md), when the shared corpora are there.
	if dir, err := shareddata.Dir("nerel", "dev"); err != nil {
		t.Logf("the example article alone: %v", err)
	} else {
		stats, err := ingest.Run(context.Background(), st, realPipeline(t), []string{dir}, ingest.Options{})
		if err != nil || stats.Stored < 90 {
			t.Fatalf("ingest %s: %+v, %v", dir, stats, err)
		}
		t.Logf("with %d NEREL dev texts", stats.Stored)
	}
	docID := postExample(t, srv.Config.Handler)
	const evil = `<img src=x onerror="document.body.dataset.pwned=1">`
	evilBody, _ := json.Marshal(PostDocument{Text: "Иван Петров " + evil + " сказал <b>жирно</b>.", Title: evil})
	req, _ := http.NewRequest("POST", srv.URL+"/api/documents", strings.NewReader(string(evilBody)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var evilRes PostResult
	err = json.NewDecoder(resp.Body).Decode(&evilRes)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 201 {
		t.Fatalf("post: %d %v", resp.StatusCode, err)
	}
	page, err := st.Document(context.Background(), docID)
	if err != nil {
		t.Fatal(err)
	}
	shugaev := findEntity(t, page, "Дмитрий Шугаев")

	count := func(dom, re string) int { return len(regexp.MustCompile(re).FindAllStringIndex(dom, -1)) }
	for _, c := range []struct {
		name, path string
		check      func(t *testing.T, dom string)
	}{
		{"home", "/", func(t *testing.T, dom string) {
			for _, want := range []string{"Комиссия по ВТС в Ижевске", "Add a document", "Most mentioned entities", `class="chip t-`} {
				if !strings.Contains(dom, want) {
					t.Errorf("no %q", want)
				}
			}
		}},
		{"search", "/#/search?q=" + "%D0%A8%D1%83%D0%B3%D0%B0%D0%B5%D0%B2", func(t *testing.T, dom string) { // Шугаев
			if !strings.Contains(dom, `<mark class="hit">Шугаева</mark>`) || !strings.Contains(dom, fmt.Sprintf(`href="#/entity/%d"`, shugaev)) {
				t.Errorf("search results lack the document snippet or the entity")
			}
		}},
		{"document", fmt.Sprintf("/#/doc/%d", docID), func(t *testing.T, dom string) {
			if n := count(dom, `<mark class="m t-PERSON"`); n < 8 {
				t.Errorf("%d PERSON mentions highlighted", n)
			}
			if n := count(dom, `<mark class="m t-`); n < 40 {
				t.Errorf("%d mentions highlighted", n)
			}
			for _, want := range []string{"SIGNING", "WORKS_AS", "Events (", "legend"} {
				if !strings.Contains(dom, want) {
					t.Errorf("no %q", want)
				}
			}
		}},
		{"entity", fmt.Sprintf("/#/entity/%d", shugaev), func(t *testing.T, dom string) {
			for _, want := range []string{"<h1>Дмитрий Шугаев", "Дмитрием Шугаевым", "<dt>Post</dt>",
				"директор Федеральной службы", "<dt>Employer</dt>", "Федеральная служба по военно-техническому сотрудничеству",
				"SESSION", "SIGNING", "Sources", `<mark class="m t-PERSON">Дмитрия Шугаева</mark>`} {
				if !strings.Contains(dom, want) {
					t.Errorf("no %q", want)
				}
			}
		}},
		{"graph", fmt.Sprintf("/#/graph/%d?depth=2", shugaev), func(t *testing.T, dom string) {
			if !strings.Contains(dom, `class="graph"`) || count(dom, `<circle`) < 4 || count(dom, `<line`) < 3 {
				t.Errorf("graph: %d nodes, %d edges", count(dom, `<circle`), count(dom, `<line`))
			}
		}},
		{"timeline", "/#/timeline", func(t *testing.T, dom string) {
			if count(dom, `class="tl-event"`) < 5 || !strings.Contains(dom, `<div class="tl-date">2024-10</div>`) {
				t.Errorf("timeline: %d events", count(dom, `class="tl-event"`))
			}
		}},
		{"entities", "/#/entities?type=PERSON&order=documents", func(t *testing.T, dom string) {
			if !regexp.MustCompile(`<option value="PERSON" selected="">PERSON \(\d+\)</option>`).MatchString(dom) ||
				count(dom, `class="chip t-PERSON"`) < 5 || count(dom, `class="chip t-`) != count(dom, `class="chip t-PERSON"`) {
				t.Errorf("entities of type PERSON: %d chips", count(dom, `class="chip t-PERSON"`))
			}
		}},
		{"injection", fmt.Sprintf("/#/doc/%d", evilRes.ID), func(t *testing.T, dom string) {
			if strings.Contains(dom, "pwned") && !strings.Contains(dom, "dataset.pwned=1") {
				t.Errorf("the injected onerror ran")
			}
			if strings.Contains(dom, "data-pwned") || strings.Contains(dom, `<img src="x"`) || strings.Contains(dom, "<b>жирно</b>") {
				t.Errorf("the article's markup was parsed as HTML")
			}
			if !strings.Contains(dom, "&lt;img src=x onerror=") || !strings.Contains(dom, "&lt;b&gt;жирно&lt;/b&gt;") {
				t.Errorf("the article's markup is not shown as text")
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.check(t, renderPage(t, bin, srv.URL+c.path, filepath.Join(dir, c.name+".png")))
		})
	}

	// The flow of the done-when: search «Шугаев», follow the first entity
	// to his page (a post and the session), then the page's graph link;
	// at depth 2 the graph reaches «Купол» through the events he shares.
	t.Run("flow", func(t *testing.T) {
		link := regexp.MustCompile(`<a class="chip t-PERSON" href="(#/entity/\d+)"[^>]*>Дмитрий Шугаев</a>`)
		dom := renderPage(t, bin, srv.URL+"/#/search?q=%D0%A8%D1%83%D0%B3%D0%B0%D0%B5%D0%B2", filepath.Join(dir, "flow-search.png"))
		m := link.FindStringSubmatch(dom)
		if m == nil {
			t.Fatalf("the search for Шугаев links no entity «Дмитрий Шугаев»")
		}
		dom = renderPage(t, bin, srv.URL+"/"+m[1], filepath.Join(dir, "flow-entity.png"))
		for _, want := range []string{"<h1>Дмитрий Шугаев", "<dt>Post</dt>", "SESSION", "2024-10", "Ижевск"} {
			if !strings.Contains(dom, want) {
				t.Errorf("entity page: no %q", want)
			}
		}
		g := regexp.MustCompile(`href="(#/graph/\d+)"`).FindStringSubmatch(dom)
		if g == nil {
			t.Fatalf("the entity page has no graph link")
		}
		dom = renderPage(t, bin, srv.URL+"/"+g[1]+"?depth=2", filepath.Join(dir, "flow-graph.png"))
		if !regexp.MustCompile(`<title>[A-Z_]+: [^<]*Купол[^<]*</title>`).MatchString(dom) {
			t.Errorf("the depth-2 graph of Шугаев does not reach «Купол»")
		}
		t.Logf("the graph reaches «Алмаз-Антей»: %v", regexp.MustCompile(`<title>[A-Z_]+: [^<]*Алмаз-Антей[^<]*</title>`).MatchString(dom))
	})
}

// renderPage renders a page of the UI (render), checks that it shows no
// error and that its screenshot was saved, and returns its DOM.
func renderPage(t *testing.T, bin, url, shot string) string {
	t.Helper()
	dom := render(t, bin, url, shot)
	if m := regexp.MustCompile(`id="app"[^>]*><p class="error">([^<]*)`).FindStringSubmatch(dom); m != nil {
		t.Errorf("the page shows an error: %s", m[1])
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 5000 {
		t.Errorf("screenshot %s: %v", shot, err)
	}
	return dom
}
